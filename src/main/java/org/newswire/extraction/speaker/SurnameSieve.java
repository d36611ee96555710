package org.newswire.extraction.speaker;

import org.newswire.extraction.EntityType;

import java.util.Optional;

/**
 * A proper-noun head the tagger did not mark as a name this time ("declared Prigozhin") names the
 * person whose full name, found elsewhere in the article, ends with it.
 */
final class SurnameSieve implements SpeakerSieve {

    @Override
    public String name() {
        return "surname";
    }

    @Override
    public Optional<Speaker> resolve(Attribution attribution, Discourse discourse) {
        Mention m = attribution.mention();
        if (m == null || !m.isProperNoun()) {
            return Optional.empty();
        }
        String surname = " " + m.head().word();
        return discourse.occurrencesBefore(discourse.text().length()).stream()
                .filter(o -> o.type() == EntityType.PERSON && o.name().endsWith(surname))
                .findFirst()
                .map(o -> discourse.named(o, m.phrase()));
    }
}
