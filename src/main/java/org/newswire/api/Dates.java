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

    public static OffsetDateTime parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(v);
            }
            return LocalDateTime.parse(v).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badField(field, "'" + value + "' is not an ISO-8601 date (2024-03-06) or date-time (2024-03-06T10:15:00Z)");
        }
    }

    /** An upper bound: a bare date includes that whole day, a date-time is used as given. */
    public static OffsetDateTime endOf(String field, String value) {
        OffsetDateTime parsed = parse(field, value);
        return parsed != null && value.strip().length() == 10 ? parsed.plusDays(1) : parsed;
    }
}
