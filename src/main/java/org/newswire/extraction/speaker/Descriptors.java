package org.newswire.extraction.speaker;

import edu.stanford.nlp.ling.CoreLabel;
import org.newswire.extraction.EntityType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words an article uses to describe each person, read off the part-of-speech tags around every
 * occurrence of the name, so that a later "the striker" or "the Kremlin spokesman" can find who it
 * means: a title run before the name ("Kremlin spokesman Dmitry Peskov", "Manchester United striker
 * Marcus Rashford", "Mr Peskov"), an appositive after it ("Peter Otieno, her coach,") or before it
 * ("Her coach, Peter Otieno").
 */
final class Descriptors {

    private Descriptors() {
    }

    static Map<String, Set<String>> of(List<List<CoreLabel>> sentences, List<Occurrence> occurrences) {
        Map<String, Set<String>> out = new HashMap<>();
        for (List<CoreLabel> tokens : sentences) {
            if (tokens.isEmpty()) {
                continue;
            }
            int sentenceStart = tokens.get(0).beginPosition();
            int sentenceEnd = tokens.get(tokens.size() - 1).endPosition();
            for (Occurrence o : occurrences) {
                if (o.type() != EntityType.PERSON || o.span().start() < sentenceStart || o.span().end() > sentenceEnd) {
                    continue;
                }
                int first = -1;
                int last = -1;
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).beginPosition() >= o.span().start() && tokens.get(i).endPosition() <= o.span().end()) {
                        first = first < 0 ? i : first;
                        last = i;
                    }
                }
                if (first < 0) {
                    continue;
                }
                Set<String> words = out.computeIfAbsent(o.name(), k -> new HashSet<>());
                titleRun(tokens, first, words);
                appositiveAfter(tokens, last, words);
                appositiveBefore(tokens, first, words);
            }
        }
        return out;
    }

    /**
     * Nouns and adjectives right before the name, up to a determiner, verb or punctuation, and on
     * through a preposition inside a title ("Secretary of State Antony Blinken", "Ambassador to the
     * US Anatoly Antonov").
     */
    private static void titleRun(List<CoreLabel> tokens, int first, Set<String> words) {
        int i = first - 1;
        while (i >= 0) {
            if (isNominal(tokens.get(i))) {
                words.add(word(tokens.get(i)));
                i--;
                continue;
            }
            int j = i;
            while (j >= 0 && (tokens.get(j).tag().equals("IN") || tokens.get(j).tag().equals("TO") || tokens.get(j).tag().equals("DT"))) {
                j--;
            }
            if (j == i || j < 0 || !tokens.get(i).tag().matches("IN|TO|DT") || !isNominal(tokens.get(j)) || !isTitleWord(tokens.get(j))) {
                return;
            }
            i = j;
        }
    }

    /** A capitalised noun such as a title ("Secretary", "Ambassador"), which a preposition may follow inside a title. */
    private static boolean isTitleWord(CoreLabel t) {
        return t.tag().startsWith("NN") && Character.isUpperCase(t.word().charAt(0));
    }

    /** ", her coach," or ", a doctor at Y,": the first noun phrase after a comma that follows the name. */
    private static void appositiveAfter(List<CoreLabel> tokens, int last, Set<String> words) {
        int i = last + 1;
        if (i >= tokens.size() || !tokens.get(i).word().equals(",")) {
            return;
        }
        i++;
        while (i < tokens.size() && isDeterminer(tokens.get(i))) {
            i++;
        }
        for (; i < tokens.size() && isNominal(tokens.get(i)); i++) {
            words.add(word(tokens.get(i)));
        }
    }

    /** "Her coach, Peter Otieno": a noun phrase ending in a comma right before the name. */
    private static void appositiveBefore(List<CoreLabel> tokens, int first, Set<String> words) {
        int i = first - 1;
        if (i < 1 || !tokens.get(i).word().equals(",")) {
            return;
        }
        int end = i;
        i--;
        while (i >= 0 && isNominal(tokens.get(i))) {
            i--;
        }
        boolean opensPhrase = i < 0 || isDeterminer(tokens.get(i));
        if (opensPhrase && i + 1 < end) {
            for (int j = i + 1; j < end; j++) {
                words.add(word(tokens.get(j)));
            }
        }
    }

    private static boolean isNominal(CoreLabel t) {
        String tag = t.tag();
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("POS") || tag.equals("HYPH");
    }

    private static boolean isDeterminer(CoreLabel t) {
        return t.tag().equals("DT") || t.tag().equals("PRP$") || t.tag().equals("POS");
    }

    private static String word(CoreLabel t) {
        String lemma = t.lemma() == null ? t.word() : t.lemma();
        String w = t.tag().startsWith("NNP") ? t.word() : lemma;
        return w.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    }
}
