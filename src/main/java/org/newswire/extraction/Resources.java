package org.newswire.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the data files under {@code extraction/} on the class path: one entry a line, '#' comments. */
public final class Resources {

    private Resources() {
    }

    public static List<String> lines(String name) {
        String path = "extraction/" + name;
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + path);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return out;
    }

    /** Tab-separated rows, each checked to have exactly {@code columns} fields. */
    public static List<String[]> rows(String name, int columns) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(name)) {
            String[] fields = line.split("\t");
            if (fields.length != columns) {
                throw new IllegalStateException(name + ": expected " + columns + " tab-separated fields in '" + line + "'");
            }
            out.add(fields);
        }
        return out;
    }
}
