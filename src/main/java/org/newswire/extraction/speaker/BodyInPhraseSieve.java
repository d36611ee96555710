package org.newswire.extraction.speaker;

import org.newswire.extraction.EntityType;

import java.util.Optional;

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
}
