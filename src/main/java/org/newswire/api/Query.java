package org.newswire.api;

import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds an HQL where-clause from optional filters, with named parameters. */
public final class Query {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public Query where(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }

    /** A lower-cased LIKE pattern for a search term, with LIKE's own wildcards escaped. */
    public static String contains(String term) {
        if (term == null || term.isBlank()) {
            return null;
        }
        return "%" + escapeLike(term.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    public static String prefix(String term) {
        if (term == null || term.isBlank()) {
            return null;
        }
        return escapeLike(term.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    public static String lower(String term) {
        return term == null || term.isBlank() ? null : term.strip().toLowerCase(Locale.ROOT);
    }

    /** The query with this clause's parameters bound. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params.forEach(query::setParameter);
        return query;
    }

    public boolean filters() {
        return !conditions.isEmpty();
    }

    /** The term with LIKE's wildcards and escape character escaped (escape character: backslash). */
    public static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
