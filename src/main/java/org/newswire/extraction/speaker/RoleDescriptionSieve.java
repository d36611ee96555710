package org.newswire.extraction.speaker;

import org.newswire.extraction.EntityType;

import java.util.Optional;

/**
 * A person described by a role ("the striker", "the chief executive", "the judge", "the Kremlin
 * spokesman"; a person noun by CoreNLP's animacy lists, not a list of roles): the person the article
 * described that way ("The striker Erling Haaland …"), else for a definite description the most
 * salient person, else the body named in the phrase. An unnamed relative ("his aunt"), an indefinite
 * person ("a witness") and a possessed role no one was described as ("her lawyer") name no one.
 */
final class RoleDescriptionSieve implements SpeakerSieve {

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
        Optional<Occurrence> described = discourse.describedAs(m.lemma(), attribution.position());
        if (described.isPresent()) {
            return described.map(o -> discourse.named(o, m.phrase()));
        }
        if (NounLexicon.get().isFamily(m.lemma()) || m.isIndefinite()) {
            return Optional.of(Speaker.unnamed(m.phrase()));
        }
        if (m.possessor() != null) {
            Optional<Occurrence> owner = discourse.bestIn(m.possessor());
            // "the club's spokesman" speaks for the club; "her lawyer" is nobody named
            return Optional.of(owner.filter(o -> o.type() != EntityType.PERSON)
                    .map(o -> discourse.named(o, m.phrase()))
                    .orElse(Speaker.unnamed(m.phrase())));
        }
        return discourse.salientPerson(attribution, NounLexicon.Gender.UNKNOWN, p -> true, m.phrase())
                .or(() -> discourse.bodyIn(m.extent()).map(o -> discourse.named(o, m.phrase())));
    }
}
