package org.newswire.extraction.speaker;

import org.newswire.extraction.mention.AliasTable;

import java.util.Optional;

/**
 * A body or document described by a noun that is not a person (CoreNLP's animacy lists):
 * "the bank", "the club", "the university", "the ministry", "the ruling", "the statement". It is the
 * body that issues such documents by convention ("the indictment" → grand jury), else the one named
 * in the phrase ("the court's ruling"), else the most salient organisation ({@link Discourse#salientBody}),
 * preferring one whose name has the noun ("the bank" → Deutsche Bank).
 */
final class BodyDescriptionSieve implements SpeakerSieve {

    private final AliasTable documentIssuers;

    BodyDescriptionSieve(AliasTable documentIssuers) {
        this.documentIssuers = documentIssuers;
    }

    @Override
    public String name() {
        return "body-description";
    }

    @Override
    public Optional<Speaker> resolve(Attribution attribution, Discourse discourse) {
        Mention m = attribution.mention();
        if (m == null || !discourse.isDescription(m) || m.isPlural() || discourse.animacy(m) == NounLexicon.Animacy.ANIMATE) {
            return Optional.empty();
        }
        Optional<Speaker> issuer = documentIssuers.lookup(m.lemma()).map(a -> new Speaker(a.name(), a.type(), m.phrase()));
        if (issuer.isPresent()) {
            return issuer;
        }
        return discourse.bestIn(m.extent())
                .or(() -> discourse.salientBody(attribution, m.lemma()))
                .map(o -> discourse.named(o, m.phrase()));
    }
}
