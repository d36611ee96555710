package org.newswire.api;

import java.util.function.Function;

/** Parses optional query values so a bad one is a 400 naming the parameter, not a 404 or a 500. */
public final class Params {

    private Params() {
    }

    /** Null for a missing or blank value; otherwise the parsed value or a problem naming the field. */
    public static <T> T parse(String field, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badField(field, "'" + value + "' is not a whole number");
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badField(field, e.getMessage());
        }
    }
}
