package org.newswire.extraction.speaker;

import java.util.Optional;

/**
 * The naming phrase names the speaker itself: its head is a recognised name ("Peskov said",
 * "Kremlin spokesman Dmitry Peskov said", "said Deutsche Bank"), or a title runs into a person's
 * name ("UEFA president Aleksander Ceferin", "Secretary of the Treasury Janet Yellen", "foreign
 * policy chief Kaja Kallas" read with the title as head). A possessor ("Putin's spokesman") and a
 * person after a preposition ("a spokesperson for John Smith") do not count.
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
        if (discourse.personBeside(m).isPresent()) {
            return Optional.empty(); // "General Manager, Hisense, Middle East and Africa, Alex Zhu, said": the appositive's
        }
        return discourse.titledPerson(m).map(o -> discourse.named(o, m.phrase()));
    }
}
