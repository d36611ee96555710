package org.newswire.extraction;

/** The three kinds of named entity the service keeps. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION;

    public static EntityType parse(String value) {
        for (EntityType t : values()) {
            if (t.name().equalsIgnoreCase(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type '" + value + "' (expected PERSON, ORGANIZATION or LOCATION)");
    }
}
