package org.newswire.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 rows: fields with commas, quotes or line breaks are quoted, quotes doubled. A text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is led by an
 * apostrophe, so opening an export never executes a quote someone wrote.
 */
public final class Csv {

    private Csv() {
    }

    public static String row(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(Object value) {
        String s = value == null ? "" : value.toString();
        if (value instanceof CharSequence && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
