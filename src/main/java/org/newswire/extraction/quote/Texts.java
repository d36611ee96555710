package org.newswire.extraction.quote;

import org.newswire.extraction.Span;

/** Span helpers on the raw article text. */
final class Texts {

    private Texts() {
    }

    /** [start, end) without surrounding whitespace, joining punctuation and a final stop; null when nothing is left. */
    static Span trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || ",:;—–-".indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",:;.—–-".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e > s ? Span.of(text, s, e) : null;
    }
}
