package org.newswire.extraction.speaker;

import org.newswire.extraction.mention.AliasTable;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A body or document described by a noun that is not a person (CoreNLP's animacy lists):
 * "the bank", "the club", "the university", "the ministry", "the ruling", "the statement". It is the
 * body that issues such documents by convention ("the indictment" → grand jury), the person who owns
 * it ("his management", "her office") by the pronouns' rules, else the one named
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
        if (m.possessor() != null && List.of("his", "her").contains(m.possessor().text().toLowerCase(Locale.ROOT))) {
            // "his management", "her office": the person who speaks through them
            return discourse.salientPerson(attribution, m.possessor().text().equalsIgnoreCase("his")
                    ? NounLexicon.Gender.MALE : NounLexicon.Gender.FEMALE, p -> true, m.phrase());
        }
        return discourse.bestIn(m.extent())
                .or(() -> discourse.salientBody(attribution, m.lemma()))
                .map(o -> discourse.named(o, m.phrase()));
    }
}
