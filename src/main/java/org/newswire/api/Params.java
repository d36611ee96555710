package org.newswire.api;

import java.util.Map;
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

    /** Null for a missing or blank value; otherwise a whole number of at least 1, or a problem naming the field. */
    public static Integer atLeastOne(String field, String value) {
        Integer n = parse(field, value, Integer::valueOf);
        if (n != null && n < 1) {
            throw ApiProblem.badField(field, "must be at least 1");
        }
        return n;
    }

    /** The query order a client's sort key stands for ({@code fallback} when none is given), or a problem listing the keys. */
    public static String sort(Map<String, String> orders, String sort, String fallback) {
        String order = orders.get(sort == null || sort.isBlank() ? fallback : sort);
        if (order == null) {
            throw ApiProblem.badField("sort", "must be one of " + orders.keySet().stream().sorted().toList());
        }
        return order;
    }
}
