package org.newswire.extraction.quote;

import org.newswire.extraction.Span;

/** Span helpers on the raw article text. */
final class Texts {

    private Texts() {
    }

    /**
     * [start, end) without surrounding whitespace, joining punctuation and a final stop; null when
     * nothing is left. A bracket opened inside and closed just after the end is taken in ("under
     * the treaty (New START)": the tokenizer leaves the ")" to the clause around it).
     */
    static Span trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || ",:;—–-".indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",:;.—–-".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        if (e < text.length() && text.charAt(e) == ')' && count(text, s, e, '(') > count(text, s, e, ')')) {
            e++;
        }
        return e > s ? Span.of(text, s, e) : null;
    }

    private static int count(String text, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
