package org.newswire.extraction.speaker;

import edu.stanford.nlp.ling.CoreLabel;
import org.newswire.extraction.EntityType;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An unnamed spokesperson, group or document of a body named in the phrase speaks for that body:
 * "a Kremlin spokesman", "a spokesperson for the club", "U.S. officials", "Google engineers",
 * "a statement from the ministry", "the Supreme Court ruling", "a report by X". A definite singular
 * person ("the Kremlin spokesman") is left to {@link RoleDescriptionSieve}, which first looks for the
 * person the article introduced in that role.
 */
final class BodyInPhraseSieve implements SpeakerSieve {

    @Override
    public String name() {
        return "body-in-phrase";
    }

    @Override
    public Optional<Speaker> resolve(Attribution attribution, Discourse discourse) {
        Mention m = attribution.mention();
        if (m == null || !discourse.isDescription(m) || discourse.occurrenceAt(m.headOffset()).isPresent()) {
            return Optional.empty();
        }
        boolean document = discourse.animacy(m) == NounLexicon.Animacy.INANIMATE;
        if (!(document || m.isPlural() || m.isIndefinite())) {
            return Optional.empty();
        }
        if (!document) {
            Optional<Occurrence> body = discourse.bodyIn(m.extent());
            if (body.isEmpty() && m.isIndefinite() && m.lemma().startsWith("spokes")) {
                // "a company spokeswoman said": the body the story is about
                body = discourse.salientBody(attribution, null);
            }
            if (body.isEmpty()) {
                body = bodyByWord(discourse, m);
            }
            if (body.isEmpty() && m.isPlural()) {
                // "the wildlife officials" after "the Parks and Wildlife Service": people of the body whose name has the noun before them
                body = bodyNounBefore(discourse, m).flatMap(noun -> discourse.bodyNamedWith(noun, attribution.position()));
            }
            return body.map(o -> discourse.named(o, m.phrase()));
        }
        // a document may have a person as author ("a report by Robert Mueller"); a place inside the noun
        // phrase only classifies it ("the second-largest US bank"), one owning it or after it issues it
        // ("South Korea's weather agency", "a statement from Moscow")
        return discourse.bestIn(m.extent())
                .filter(o -> !discourse.isMedia(o.name()))
                .filter(o -> o.type() != EntityType.LOCATION || !m.phrase().contains(o.span())
                        || (m.possessor() != null && m.possessor().contains(o.span())))
                .map(o -> discourse.named(o, m.phrase()));
    }

    /** The common noun right before the head, when the noun lists know it for a thing, not a person ("wildlife"). */
    private static Optional<String> bodyNounBefore(Discourse discourse, Mention m) {
        int head = m.head().index(); // 1-based
        if (head < 2) {
            return Optional.empty();
        }
        CoreLabel before = discourse.tokens(m.sentence()).get(head - 2);
        String word = before.word().toLowerCase(Locale.ROOT);
        boolean noun = before.tag().startsWith("NN") && before.beginPosition() >= m.phrase().start()
                && discourse.occurrenceAt(before.beginPosition()).isEmpty();
        return noun && NounLexicon.get().animacy(word) == NounLexicon.Animacy.INANIMATE ? Optional.of(word) : Optional.empty();
    }

    /**
     * "Council planning officers", "Police officers": a capitalised word of the phrase that is a word
     * of exactly one organisation named in the article ("Durham County Council") stands for it.
     */
    private static Optional<Occurrence> bodyByWord(Discourse discourse, Mention m) {
        Set<String> words = new HashSet<>();
        for (String w : m.extent().text().split("[\\s,]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !w.equalsIgnoreCase(m.head().word())) {
                words.add(w);
            }
        }
        List<Occurrence> bodies = discourse.occurrencesBefore(discourse.text().length()).stream()
                .filter(o -> o.type() == EntityType.ORGANIZATION && !discourse.isMedia(o.name()))
                .filter(o -> Arrays.stream(o.name().split(" ")).anyMatch(words::contains)).toList();
        return bodies.stream().map(Occurrence::name).distinct().count() == 1 ? Optional.of(bodies.get(0)) : Optional.empty();
    }
}
