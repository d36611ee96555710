package org.newswire.extraction.speaker;

import org.newswire.extraction.EntityType;

import java.util.Optional;

/**
 * Pronouns: "he" and "she" go to the most salient person of that gender ({@link Discourse#salientPerson});
 * "it" to what a description just before it named, else the most salient organisation; "they" to the body or group quoted last, else no one; "he"
 * or "she" right after an unnamed spokesperson of a body, to that body; a relative "who" or "which"
 * left unattached by the parse, to the person or body named just before it.
 */
final class PronounSieve implements SpeakerSieve {

    /**
     * "A company spokeswoman said … She said …": a pronoun right after an unnamed person who spoke for
     * a body (a description, not a name, resolved to an organisation) is that person again, so the body.
     */
    private static Optional<Speaker> unnamedSpokesperson(Attribution attribution, Discourse discourse, Mention m) {
        Optional<Mention> before = discourse.previousMention();
        Optional<Speaker> speaker = discourse.previousSpeaker();
        boolean near = discourse.previousSentence().map(s -> attribution.sentence() - s <= 2).orElse(false);
        if (before.isEmpty() || speaker.isEmpty() || !near || speaker.get().name() == null
                || speaker.get().type() == EntityType.PERSON) {
            return Optional.empty();
        }
        Mention b = before.get();
        boolean person = !b.isPlural() && (discourse.isDescription(b) && discourse.animacy(b) == NounLexicon.Animacy.ANIMATE)
                || b.word().equals("he") || b.word().equals("she");
        if (!person) {
            return Optional.empty();
        }
        return Optional.of(new Speaker(speaker.get().name(), speaker.get().type(), m.phrase()));
    }

    /**
     * "His management would only say … "…," it said": "it" right after a speaker named by a singular
     * description that is not a person ("the company", "his management", "the statement") is that
     * description again, so the same speaker, whoever it stood for.
     */
    private static Optional<Speaker> sameBody(Attribution attribution, Discourse discourse, Mention m) {
        Optional<Mention> before = discourse.previousMention();
        Optional<Speaker> speaker = discourse.previousSpeaker();
        boolean near = discourse.previousSentence().map(s -> attribution.sentence() - s <= 1).orElse(false);
        if (before.isEmpty() || speaker.isEmpty() || speaker.get().name() == null || !near) {
            return Optional.empty();
        }
        Mention b = before.get();
        boolean body = discourse.isDescription(b) && !b.isPlural() && discourse.animacy(b) != NounLexicon.Animacy.ANIMATE;
        return body ? Optional.of(new Speaker(speaker.get().name(), speaker.get().type(), m.phrase())) : Optional.empty();
    }

    /**
     * "Bob Pannell, chief economist at the CML, who said …": a relative pronoun the parse did not hang on
     * its noun is the name just before it in the sentence, a person for "who", a body for "which".
     */
    private static Optional<Speaker> relative(Discourse discourse, Mention m) {
        boolean who = m.word().equals("who");
        Occurrence nearest = null;
        for (Occurrence o : discourse.occurrencesBefore(m.headOffset())) {
            if (discourse.sentenceOf(o.span().start()) == m.sentence()
                    && (who ? o.type() == EntityType.PERSON : o.type() != EntityType.PERSON)) {
                nearest = o;
            }
        }
        return Optional.ofNullable(nearest).map(o -> discourse.named(o, m.phrase()));
    }

    @Override
    public String name() {
        return "pronoun";
    }

    @Override
    public Optional<Speaker> resolve(Attribution attribution, Discourse discourse) {
        Mention m = attribution.mention();
        if (m != null && m.head().tag().startsWith("W")) {
            return relative(discourse, m);
        }
        if (m == null || !m.isPronoun()) {
            return Optional.empty();
        }
        Optional<Speaker> spokesperson = unnamedSpokesperson(attribution, discourse, m);
        if (spokesperson.isPresent() && (m.word().equals("he") || m.word().equals("she"))) {
            return spokesperson;
        }
        return switch (m.word()) {
            case "he", "him" -> discourse.salientPerson(attribution, NounLexicon.Gender.MALE, p -> true, m.phrase());
            case "she", "her" -> discourse.salientPerson(attribution, NounLexicon.Gender.FEMALE, p -> true, m.phrase());
            case "it" -> sameBody(attribution, discourse, m)
                    .or(() -> discourse.salientBody(attribution, null).map(o -> discourse.named(o, m.phrase())));
            case "they", "them" -> Optional.of(discourse.previousSpeaker()
                    .filter(s -> s.type() != EntityType.PERSON)
                    .map(s -> new Speaker(s.name(), s.type(), m.phrase()))
                    .orElse(Speaker.unnamed(m.phrase())));
            default -> Optional.empty();
        };
    }
}
