package org.newswire.api;

/**
 * Checks on free text that bean validation cannot express: a configured size, stray control
 * characters, unpaired surrogates, and in one-line fields the bidirectional controls that make a
 * title or byline display as something other than what it is.
 */
public final class InputText {

    private InputText() {
    }

    /** A one-line field (title, url, source, author): no control characters at all, no bidi controls; null is fine. */
    public static void checkLine(String field, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                throw ApiProblem.badField(field, String.format("contains the control character U+%04X at offset %d", (int) c, i));
            }
        }
        checkSurrogates(field, value);
    }

    private static void checkSurrogates(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ApiProblem.badField(field, "contains an unpaired UTF-16 surrogate at offset " + i);
            }
        }
    }

    public static void check(String field, String text, int maxChars) {
        if (text == null || text.isBlank()) {
            throw ApiProblem.badField(field, "must not be blank");
        }
        if (text.length() > maxChars) {
            throw ApiProblem.badField(field, "is " + text.length() + " characters long; the limit is " + maxChars);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw ApiProblem.badField(field, String.format("contains the control character U+%04X at offset %d", (int) c, i));
            }
        }
        checkSurrogates(field, text);
    }
}
