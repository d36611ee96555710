package org.newswire.extraction;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a quote is reported; serialised in lower case as the evaluation contract requires. */
public enum QuoteType {
    DIRECT, INDIRECT, MIXED;

    @JsonValue
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static QuoteType fromSlug(String value) {
        for (QuoteType t : values()) {
            if (t.slug().equalsIgnoreCase(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown quote type '" + value + "' (expected direct, indirect or mixed)");
    }
}
