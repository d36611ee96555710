package org.newswire.extraction.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A topic phrase in a small language users can write and the service can run safely on any text:
 * words matched whole and case-insensitively, {@code word*} for any ending, {@code (a|b c|d)} for
 * alternatives (not nested), {@code ?} after a group or {@code _} to make it optional, {@code _} for
 * any one word and {@code #} for a number. It compiles to a regular expression with no nested
 * repetition, so matching stays linear in the text; users never supply a regular expression.
 */
public final class TopicPhrase {

    static final int MAX_LENGTH = 200;
    private static final int MAX_ITEMS = 12;
    private static final String LETTER = "[\\p{L}\\p{N}]";
    private static final String WORD_CHARS = "[\\p{L}\\p{N}.'&+-]";

    private final String text;
    private final Pattern pattern;

    private TopicPhrase(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /** @throws IllegalArgumentException saying what is wrong with the phrase, in the user's terms */
    public static TopicPhrase parse(String phrase) {
        String text = phrase == null ? "" : phrase.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a phrase is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("phrase '" + text.substring(0, 40) + "…' is longer than " + MAX_LENGTH + " characters");
        }
        List<String> items = new ArrayList<>();
        List<Boolean> optional = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            int end;
            String item;
            if (c == '(') {
                end = text.indexOf(')', i);
                if (end < 0) {
                    throw bad(text, "a '(' is not closed");
                }
                String inner = text.substring(i + 1, end);
                if (inner.indexOf('(') >= 0) {
                    throw bad(text, "groups cannot be nested");
                }
                List<String> alternatives = new ArrayList<>();
                for (String alternative : inner.split("\\|", -1)) {
                    alternatives.add(sequence(text, alternative));
                }
                item = "(?:" + String.join("|", alternatives) + ")";
                end++;
            } else if (c == ')' || c == '|' || c == '?') {
                throw bad(text, "'" + c + "' outside a group");
            } else {
                end = i;
                while (end < text.length() && " ()|?".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                item = word(text, text.substring(i, end));
            }
            boolean isOptional = end < text.length() && text.charAt(end) == '?';
            if (isOptional && c != '(' && !item.equals(word(text, "_")) && !item.equals(word(text, "#"))) {
                throw bad(text, "'?' may follow only a group, _ or #");
            }
            items.add(item);
            optional.add(isOptional);
            i = isOptional ? end + 1 : end;
        }
        if (items.size() > MAX_ITEMS) {
            throw bad(text, "more than " + MAX_ITEMS + " words or groups");
        }
        if (!optional.contains(false)) {
            throw bad(text, "everything in it is optional");
        }
        // optional items before the first mandatory one carry the space after them, all others the space before
        int first = optional.indexOf(false);
        StringBuilder regex = new StringBuilder("(?<!" + LETTER + ")");
        for (int k = 0; k < items.size(); k++) {
            String item = items.get(k);
            if (k < first) {
                regex.append("(?:").append(item).append("\\s+)?");
            } else if (k == first) {
                regex.append(item);
            } else {
                regex.append(optional.get(k) ? "(?:\\s+" + item + ")?" : "\\s+" + item);
            }
        }
        String compiled = regex.append("(?!" + LETTER + ")").toString();
        return new TopicPhrase(text, Pattern.compile(compiled, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static String sequence(String phrase, String alternative) {
        String[] words = alternative.strip().split(" ");
        if (alternative.isBlank()) {
            throw bad(phrase, "a group has an empty alternative");
        }
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(word(phrase, w));
        }
        return String.join("\\s+", out);
    }

    private static String word(String phrase, String word) {
        if (word.equals("_")) {
            return LETTER + WORD_CHARS + "*";
        }
        if (word.equals("#")) {
            return "\\d[\\d.,]*";
        }
        boolean prefix = word.endsWith("*");
        String stem = prefix ? word.substring(0, word.length() - 1) : word;
        if (stem.isEmpty() || !stem.matches(WORD_CHARS + "+") || !Character.isLetterOrDigit(stem.codePointAt(0))) {
            throw bad(phrase, "'" + word + "' is not a word (letters, digits and . ' & + -, optionally ending in *)");
        }
        return Pattern.quote(stem) + (prefix ? LETTER + "*" : "");
    }

    private static IllegalArgumentException bad(String phrase, String why) {
        return new IllegalArgumentException("phrase '" + phrase + "': " + why);
    }

    public String text() {
        return text;
    }

    public boolean foundIn(String sentence) {
        return pattern.matcher(sentence).find();
    }

    @Override
    public String toString() {
        return text;
    }
}
