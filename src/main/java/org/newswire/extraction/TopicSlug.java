package org.newswire.extraction;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Optional;

/** The closed set of topics; the slugs are part of the public contract. */
public enum TopicSlug {
    ELECTION_INTERFERENCE("election-interference"),
    SANCTIONS("sanctions"),
    ARMS_CONTROL("arms-control");

    private final String slug;

    TopicSlug(String slug) {
        this.slug = slug;
    }

    @JsonValue
    public String slug() {
        return slug;
    }

    public static Optional<TopicSlug> fromSlug(String value) {
        for (TopicSlug t : values()) {
            if (t.slug.equals(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
