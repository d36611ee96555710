package org.newswire.extraction.quote;

import org.newswire.extraction.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds top-level quotations in raw text, in every mark style news copy uses: curly and straight
 * double quotes, the {@code ''} closer, and single quotes told apart from apostrophes. Quotes nested
 * in a double-quoted passage are not reported. A paragraph that opens a quote and never closes it
 * (a quote running over several paragraphs) yields the rest of that paragraph.
 */
public final class QuoteMarks {

    /**
     * The quoted words ({@code content}, trimmed as the conventions say) and the whole quotation
     * [open, close) with its marks; close is the paragraph end when the quote runs on.
     */
    public record Quoted(Span content, int open, int close) {
    }

    private QuoteMarks() {
    }

    public static List<Quoted> find(String text) {
        List<Quoted> out = new ArrayList<>();
        int paragraphStart = 0;
        boolean runningOn = false;
        while (paragraphStart <= text.length()) {
            int nl = text.indexOf('\n', paragraphStart);
            int paragraphEnd = nl < 0 ? text.length() : nl;
            if (!text.substring(paragraphStart, paragraphEnd).isBlank()) {
                // blank lines between the paragraphs of a running quotation do not end it
                runningOn = scanParagraph(text, paragraphStart, paragraphEnd, runningOn, out);
            }
            if (nl < 0) {
                break;
            }
            paragraphStart = nl + 1;
        }
        return out;
    }

    /**
     * Scans one paragraph; returns whether a quotation is left open at its end. When the paragraph
     * before left one open and this one does not start with a mark, its first closing mark ends a
     * quotation that began with the paragraph (some outlets omit the continuation mark).
     */
    private static boolean scanParagraph(String text, int from, int to, boolean runningOn, List<Quoted> out) {
        List<int[]> doubles = new ArrayList<>();
        int open = -1;
        int openLen = 0;
        int first = from;
        while (first < to && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (runningOn && first < to && "\"“„`".indexOf(text.charAt(first)) < 0) {
            int close = firstCloser(text, first, to);
            if (close >= 0) {
                doubles.add(new int[]{first, first, close, close + 1});
                from = close + 1;
            }
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '“' || c == '„' || c == '"') {
                    open = i;
                    openLen = 1;
                } else if (c == '`' && i + 1 < to && text.charAt(i + 1) == '`') {
                    open = i;
                    openLen = 2;
                    i++;
                }
            } else if (c == '”' || c == '"' || (c == '“' && isCloserContext(text, i, to))) {
                doubles.add(new int[]{open, open + openLen, i, i + 1});
                open = -1;
            } else if (c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') {
                doubles.add(new int[]{open, open + openLen, i, i + 2});
                open = -1;
                i++;
            }
        }
        boolean unclosed = open >= 0;
        if (unclosed) {
            doubles.add(new int[]{open, open + openLen, to, to});
        }
        for (int[] d : doubles) {
            add(text, d[1], d[2], d[0], d[3], out);
        }
        singles(text, from, to, doubles, out);
        out.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return unclosed;
    }

    /** A closing double mark: ” anywhere, or " followed by a space, punctuation or the paragraph end. */
    private static int firstCloser(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '”' || (c == '"' && (i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1))))) {
                return i;
            }
        }
        return -1;
    }

    /** A second “ that ends a quote: followed by space or punctuation, not by a word. */
    private static boolean isCloserContext(String text, int i, int to) {
        return i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** ‘…’ and '…' pairs outside double-quoted passages; apostrophes inside words are not marks. */
    private static void singles(String text, int from, int to, List<int[]> doubles, List<Quoted> out) {
        int open = -1;
        for (int i = from; i < to; i++) {
            if (inside(doubles, i)) {
                continue;
            }
            char c = text.charAt(i);
            if (c != '‘' && c != '’' && c != '\'') {
                continue;
            }
            boolean before = i > from && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean after = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
            if (open < 0) {
                if (!before && after && c != '’') {
                    open = i;
                }
            } else if (!after && i > from && !Character.isWhitespace(text.charAt(i - 1)) && c != '‘') {
                add(text, open + 1, i, open, i + 1, out);
                open = -1;
            }
        }
    }

    private static boolean inside(List<int[]> doubles, int i) {
        for (int[] d : doubles) {
            if (d[0] <= i && i < d[3]) {
                return true;
            }
        }
        return false;
    }

    private static void add(String text, int start, int end, int open, int close, List<Quoted> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s && text.charAt(e - 1) == ',') {
            e--;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Quoted(Span.of(text, s, e), open, close));
        }
    }
}
