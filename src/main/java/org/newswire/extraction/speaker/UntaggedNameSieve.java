package org.newswire.extraction.speaker;

import org.newswire.extraction.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A name the tagger did not mark this time: a proper noun or a word in capitals at the head of the
 * phrase names the person whose full name ends with it ("declared Prigozhin"), the organisation it
 * abbreviates or is a word of ("the FA" → Football Association), or the person whose description
 * it abbreviates ("the CJ" after "Chief Justice Martha Koome"); failing all that, it is a name in its
 * own right.
 */
final class UntaggedNameSieve implements SpeakerSieve {

    @Override
    public String name() {
        return "untagged-name";
    }

    @Override
    public Optional<Speaker> resolve(Attribution attribution, Discourse discourse) {
        Mention m = attribution.mention();
        if (m == null || !(m.isProperNoun() || m.isAcronym()) || discourse.occurrenceAt(m.headOffset()).isPresent()
                || discourse.personBeside(m).isPresent()) {
            return Optional.empty();
        }
        String word = m.head().word();
        List<Occurrence> named = discourse.occurrencesBefore(discourse.text().length());
        return named.stream().filter(o -> o.type() == EntityType.PERSON && o.name().endsWith(" " + word)).findFirst()
                .or(() -> named.stream().filter(o -> o.type() == EntityType.ORGANIZATION
                        && (initials(o.name()).equals(word) || Arrays.asList(o.name().split(" ")).contains(word))).findFirst())
                .or(() -> m.isAcronym() ? named.stream().filter(o -> o.type() == EntityType.PERSON
                        && abbreviates(word, discourse.descriptors(o.name()))).findFirst() : Optional.empty())
                .map(o -> discourse.named(o, m.phrase()))
                .or(() -> asName(m, discourse));
    }

    /**
     * A proper-noun subject that matches nothing named is a name all the same ("CeX said", "DFES
     * said"): the capitalised words ending at the head, a person when the first is a known first name.
     */
    private static Optional<Speaker> asName(Mention m, Discourse discourse) {
        if (discourse.bestIn(m.phrase()).isPresent()) {
            return Optional.empty(); // "White House Press Secretary": a title of a body named in it
        }
        String phrase = m.phrase().text();
        String[] words = phrase.substring(0, Math.min(phrase.length(), m.head().endPosition() - m.phrase().start())).split("\\s+");
        int first = words.length - 1;
        while (first > 0 && !words[first - 1].isEmpty() && Character.isUpperCase(words[first - 1].charAt(0))) {
            first--;
        }
        String name = String.join(" ", Arrays.copyOfRange(words, first, words.length));
        boolean multiword = words.length - first >= 2;
        if (words.length - first > org.newswire.extraction.mention.EntityStage.MAX_NAME_WORDS) {
            return Optional.empty();
        }
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || NounLexicon.get().isCapitalisedRole(name)
                || NounLexicon.get().isCapitalisedRole(String.join(" ", Arrays.copyOfRange(words, Math.max(0, first - 1), words.length)))
                || (!multiword && NounLexicon.isWordForm(m.head().word()) && NounLexicon.get().animacy(m.lemma()) != NounLexicon.Animacy.UNKNOWN)) {
            return Optional.empty(); // a title ("the Commissioner", "The CEO", "the Venezuelan President") is a description, not a name
        }
        boolean person = multiword && NounLexicon.get().firstNameGender(words[first]) != NounLexicon.Gender.UNKNOWN;
        return Optional.of(new Speaker(name, person ? EntityType.PERSON : EntityType.ORGANIZATION, m.phrase()));
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /** Every letter of the acronym starts a different one of the words. */
    private static boolean abbreviates(String acronym, Set<String> words) {
        List<String> left = new ArrayList<>(words);
        for (char c : acronym.toLowerCase(Locale.ROOT).toCharArray()) {
            Optional<String> w = left.stream().filter(x -> !x.isEmpty() && x.charAt(0) == c).findFirst();
            if (w.isEmpty()) {
                return false;
            }
            left.remove(w.get());
        }
        return true;
    }
}
