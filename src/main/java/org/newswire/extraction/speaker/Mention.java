package org.newswire.extraction.speaker;

import edu.stanford.nlp.ling.CoreLabel;
import org.newswire.extraction.Span;

import java.util.Locale;
import java.util.Set;

/**
 * The phrase naming who speaks, as the parse gives it: the subject of a verb of saying or the object
 * of "according to". {@code phrase} is what {@code speaker_mention} shows ("Kremlin spokesman Dmitry
 * Peskov", "the bank"); {@code extent} adds its modifiers ("a spokesperson for the Kremlin");
 * {@code appositive} is a name set beside it ("Her coach, Peter Otieno"); {@code possessor} the
 * owner in "the club's manager" or "her coach". Spans other than {@code phrase} may be null.
 */
public record Mention(Span phrase, Span extent, Span appositive, Span possessor, CoreLabel head, String determiner,
                      int sentence) {

    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some", "any", "several");

    public String lemma() {
        return (head.lemma() == null ? head.word() : head.lemma()).toLowerCase(Locale.ROOT);
    }

    public String word() {
        return head.word().toLowerCase(Locale.ROOT);
    }

    public boolean isPronoun() {
        return head.tag().startsWith("PRP");
    }

    public boolean isProperNoun() {
        return head.tag().startsWith("NNP");
    }

    /** A common noun, or an adjective used as one after a determiner ("the 33-year-old", "the injured"). */
    public boolean isCommonNoun() {
        return (head.tag().startsWith("NN") || (head.tag().equals("JJ") && determiner != null)) && !isProperNoun() && !isAcronym();
    }

    /** A word in capitals ("FA", "CJ"): a name, whatever tag it got. */
    public boolean isAcronym() {
        String w = head.word();
        return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
    }

    public boolean isPlural() {
        return head.tag().equals("NNS") || head.tag().equals("NNPS");
    }

    public boolean isIndefinite() {
        return determiner != null && INDEFINITE.contains(determiner);
    }

    public int headOffset() {
        return head.beginPosition();
    }
}
