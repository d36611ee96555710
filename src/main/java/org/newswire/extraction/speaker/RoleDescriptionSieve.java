package org.newswire.extraction.speaker;

import org.newswire.extraction.EntityType;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A person described by a role ("the striker", "the chief executive", "the judge", "the Kremlin
 * spokesman"; a person noun by CoreNLP's animacy lists, not a list of roles): the person the article
 * described that way ("The striker Erling Haaland …"), else for a definite description the most
 * salient person, else (a lead that names the person only after it: "The new boss of Staffordshire's
 * main hospital says … Dr Simon Constable started …") the person the next sentence makes its
 * subject, else the body named in the phrase. A possessed role speaks for its owner when it is
 * a body or the role is a spokesperson. An unnamed relative ("his aunt"), an indefinite person
 * ("a witness") and other possessed roles no one was described as ("her lawyer") name no one.
 */
final class RoleDescriptionSieve implements SpeakerSieve {

    /**
     * Who a possessed role speaks for: a body always ("the club's manager", "its chairman"), a person
     * only through a spokesperson ("Tesla's spokesperson", "his spokesman"); "her lawyer" is nobody named.
     */
    private static Optional<Speaker> owner(Attribution attribution, Discourse discourse, Mention m) {
        boolean speaksFor = m.lemma().startsWith("spokes");
        String pronoun = m.possessor().text().toLowerCase(Locale.ROOT);
        if (pronoun.equals("its") || pronoun.equals("their")) {
            return discourse.salientBody(attribution, null).map(o -> discourse.named(o, m.phrase()));
        }
        if (speaksFor && (pronoun.equals("his") || pronoun.equals("her"))) {
            return discourse.salientPerson(attribution, pronoun.equals("his") ? NounLexicon.Gender.MALE : NounLexicon.Gender.FEMALE,
                    p -> true, m.phrase());
        }
        return discourse.bestIn(m.possessor())
                .filter(o -> o.type() != EntityType.PERSON || speaksFor)
                .map(o -> discourse.named(o, m.phrase()));
    }

    /** The words of the phrase before its head, but its determiner ("the Kremlin spokesman" → kremlin). */
    private static Set<String> modifiers(Mention m) {
        String before = m.phrase().text().substring(0, Math.max(0, m.headOffset() - m.phrase().start()));
        Set<String> words = new HashSet<>(List.of(before.toLowerCase(Locale.ROOT).split("[\\s-]+")));
        words.remove(m.determiner());
        words.remove("");
        return words;
    }

    @Override
    public String name() {
        return "role";
    }

    @Override
    public Optional<Speaker> resolve(Attribution attribution, Discourse discourse) {
        Mention m = attribution.mention();
        if (m == null || !discourse.isDescription(m) || m.isPlural()) {
            return Optional.empty();
        }
        NounLexicon.Animacy animacy = discourse.animacy(m);
        // a noun the lists do not know is a person only when definite ("the 28-year-old", not "a release")
        if (animacy == NounLexicon.Animacy.INANIMATE || (animacy == NounLexicon.Animacy.UNKNOWN && m.isIndefinite())) {
            return Optional.empty();
        }
        Optional<Occurrence> described = discourse.describedAs(m.lemma(), modifiers(m), attribution.position());
        if (described.isPresent()) {
            return described.map(o -> discourse.named(o, m.phrase()));
        }
        if (NounLexicon.get().isFamily(m.lemma()) || m.isIndefinite()) {
            return Optional.of(Speaker.unnamed(m.phrase()));
        }
        if (m.possessor() != null) {
            return Optional.of(owner(attribution, discourse, m).orElse(Speaker.unnamed(m.phrase())));
        }
        return discourse.salientPerson(attribution, NounLexicon.Gender.UNKNOWN, p -> true, m.phrase())
                .or(() -> discourse.nextSubject(attribution).map(o -> discourse.named(o, m.phrase())))
                .or(() -> discourse.bodyIn(m.extent()).map(o -> discourse.named(o, m.phrase())));
    }
}
