package org.newswire.extraction.speaker;

import java.util.Optional;

/**
 * A headline names its speaker by a description the story explains below it ("Russia's top diplomat
 * says …", "…: commerce ministry"): a person description is the first person the story makes a
 * subject, a body description the body named with that noun, else the first body made a subject.
 * Looking forward is right only here; everywhere else descriptions look back.
 */
final class HeadlineSieve implements SpeakerSieve {

    @Override
    public String name() {
        return "headline";
    }

    @Override
    public Optional<Speaker> resolve(Attribution attribution, Discourse discourse) {
        Mention m = attribution.mention();
        if (m == null || !discourse.isDescription(m) || m.isPlural() || !discourse.inHeadline(attribution.position())) {
            return Optional.empty();
        }
        boolean person = discourse.animacy(m) != NounLexicon.Animacy.INANIMATE;
        return discourse.firstAfterHeadline(attribution.position(), person, m.lemma()).map(o -> discourse.named(o, m.phrase()));
    }
}
