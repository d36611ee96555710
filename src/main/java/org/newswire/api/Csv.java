package org.newswire.api;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 rows: fields with commas, quotes or line breaks are quoted, quotes doubled. */
public final class Csv {

    private Csv() {
    }

    public static String row(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(Object value) {
        String s = value == null ? "" : value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
