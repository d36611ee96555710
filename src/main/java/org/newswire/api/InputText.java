package org.newswire.api;

/** Checks on free text that bean validation cannot express: a configured size and stray control characters. */
public final class InputText {

    private InputText() {
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
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ApiProblem.badField(field, "contains an unpaired UTF-16 surrogate at offset " + i);
            }
        }
    }
}
