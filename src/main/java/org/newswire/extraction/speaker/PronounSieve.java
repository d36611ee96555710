package org.newswire.extraction.speaker;

import java.util.Optional;

/**
 * Pronouns: "he" and "she" go to the most salient person of that gender ({@link Discourse#salientPerson});
 * "it" to the most salient organisation; "they" to the body or group quoted last, else no one.
 */
final class PronounSieve implements SpeakerSieve {

    @Override
    public String name() {
        return "pronoun";
    }

    @Override
    public Optional<Speaker> resolve(Attribution attribution, Discourse discourse) {
        Mention m = attribution.mention();
        if (m == null || !m.isPronoun()) {
            return Optional.empty();
        }
        return switch (m.word()) {
            case "he", "him" -> discourse.salientPerson(attribution, NounLexicon.Gender.MALE, p -> true, m.phrase());
            case "she", "her" -> discourse.salientPerson(attribution, NounLexicon.Gender.FEMALE, p -> true, m.phrase());
            case "it" -> discourse.salientBody(attribution, null).map(o -> discourse.named(o, m.phrase()));
            case "they", "them" -> Optional.of(discourse.previousSpeaker()
                    .filter(s -> s.type() != org.newswire.extraction.EntityType.PERSON)
                    .map(s -> new Speaker(s.name(), s.type(), m.phrase()))
                    .orElse(Speaker.unnamed(m.phrase())));
            default -> Optional.empty();
        };
    }
}
