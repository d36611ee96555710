package org.newswire.extraction.speaker;

import org.newswire.extraction.EntityType;

import java.util.Optional;

/**
 * The naming phrase names the speaker itself: its head is a recognised name ("Peskov said",
 * "Kremlin spokesman Dmitry Peskov said", "said Deutsche Bank"), or a person is named inside it
 * ("UEFA president Aleksander Ceferin" read with "president" as head). A possessor does not count:
 * "Putin's spokesman" is not Putin.
 */
final class NamedSubjectSieve implements SpeakerSieve {

    @Override
    public String name() {
        return "named-subject";
    }

    @Override
    public Optional<Speaker> resolve(Attribution attribution, Discourse discourse) {
        Mention m = attribution.mention();
        if (m == null || m.isPronoun()) {
            return Optional.empty();
        }
        Optional<Occurrence> atHead = discourse.occurrenceAt(m.headOffset());
        if (atHead.isPresent()) {
            return atHead.map(o -> discourse.named(o, m.phrase()));
        }
        return discourse.bestIn(m.phrase())
                .filter(o -> o.type() == EntityType.PERSON && (m.possessor() == null || !m.possessor().contains(o.span())))
                .map(o -> discourse.named(o, m.phrase()));
    }
}
