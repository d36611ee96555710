package org.newswire.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Lenient ISO-8601 parsing for request fields: a date, a local date-time (UTC) or an offset date-time. */
public final class Dates {

    private Dates() {
    }

    /** Years a date may have: what both databases store and every timeline can bucket. */
    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 9999;
    /** Largest UTC offset in use anywhere, in seconds (UTC+14:00). */
    private static final int MAX_OFFSET_SECONDS = 14 * 3600;

    public static OffsetDateTime parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        OffsetDateTime parsed;
        try {
            if (v.length() == 10) {
                parsed = LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC);
            } else if (v.endsWith("Z") || v.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                parsed = OffsetDateTime.parse(v);
            } else {
                parsed = LocalDateTime.parse(v).atOffset(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw ApiProblem.badField(field, "'" + value + "' is not an ISO-8601 date (2024-03-06) or date-time (2024-03-06T10:15:00Z)");
        }
        if (parsed.getYear() < MIN_YEAR || parsed.getYear() > MAX_YEAR || Math.abs(parsed.getOffset().getTotalSeconds()) > MAX_OFFSET_SECONDS) {
            throw ApiProblem.badField(field, "'" + value + "' is outside the dates accepted (years " + MIN_YEAR + "–" + MAX_YEAR
                    + ", offsets up to ±14:00)");
        }
        return parsed;
    }

    /** An upper bound: a bare date includes that whole day, a date-time is used as given. */
    public static OffsetDateTime endOf(String field, String value) {
        OffsetDateTime parsed = parse(field, value);
        return parsed != null && value.strip().length() == 10 ? parsed.plusDays(1) : parsed;
    }

    /** Whether a publication time passes the bounds as the database compares them: no bound passes all, a missing time none. */
    public static boolean within(OffsetDateTime at, OffsetDateTime from, OffsetDateTime to) {
        return (from == null && to == null) || (at != null && (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to)));
    }
}
