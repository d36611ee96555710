package org.newswire.extraction.speaker;

import edu.stanford.nlp.ling.CoreLabel;
import org.newswire.extraction.EntityType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A ministry named only in lower case speaks as "&lt;Country adjective&gt; … Ministry", as the conventions
 * say: "Russia's foreign ministry" and "the Chinese commerce ministry" are "Russian Foreign Ministry"
 * and "Chinese Commerce Ministry" (adjectives from CoreNLP's demonym list). A country's navy or army
 * and its national association or federation of a sport are named the same way ("the Mexican navy",
 * "the Uruguayan football association").
 */
final class CountryMinistrySieve implements SpeakerSieve {

    /** The bodies a country has one of, so that its adjective and the noun name it. */
    private static final Set<String> NATIONAL_BODIES = Set.of("ministry", "navy", "army", "association", "federation");

    @Override
    public String name() {
        return "country-ministry";
    }

    @Override
    public Optional<Speaker> resolve(Attribution attribution, Discourse discourse) {
        Mention m = attribution.mention();
        if (m == null || !NATIONAL_BODIES.contains(m.head().word())) {
            return Optional.empty();
        }
        List<CoreLabel> tokens = discourse.tokens(m.sentence());
        String adjective = null;
        StringBuilder words = new StringBuilder();
        for (CoreLabel t : tokens) {
            if (t.beginPosition() < m.phrase().start() || t.beginPosition() >= m.head().beginPosition()) {
                continue;
            }
            Optional<String> place = discourse.occurrenceAt(t.beginPosition())
                    .filter(o -> o.type() == EntityType.LOCATION)
                    .flatMap(o -> NounLexicon.get().demonym(o.name()))
                    .or(() -> NounLexicon.get().demonym(t.word()));
            if (place.isPresent()) {
                adjective = place.get();
            } else if (adjective != null && Character.isLowerCase(t.word().charAt(0)) && t.tag().matches("JJ|NN")) {
                words.append(t.word().substring(0, 1).toUpperCase(Locale.ROOT)).append(t.word().substring(1)).append(' ');
            }
        }
        if (adjective == null) {
            return Optional.empty();
        }
        String head = m.head().word();
        return Optional.of(new Speaker(adjective + " " + words + head.substring(0, 1).toUpperCase(Locale.ROOT) + head.substring(1),
                EntityType.ORGANIZATION, m.phrase()));
    }
}
