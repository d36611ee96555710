package org.newswire.extraction.speaker;

import org.junit.jupiter.api.Test;
import org.newswire.extraction.speaker.SalienceRanker.Candidate;
import org.newswire.extraction.speaker.SalienceRanker.Model;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SalienceRankerTest {

    /** Features of a candidate, by name; the rest are 0. */
    private static Candidate candidate(String name, Object... featureValues) {
        double[] f = new double[Model.PERSON.features().size()];
        for (int i = 0; i < featureValues.length; i += 2) {
            int at = Model.PERSON.features().indexOf((String) featureValues[i]);
            if (at < 0) {
                throw new IllegalArgumentException("no feature " + featureValues[i]);
            }
            f[at] = ((Number) featureValues[i + 1]).doubleValue();
        }
        return new Candidate(name, f);
    }

    @Test
    void theShippedWeightsAreLearnedNotTheHandSetOnes() {
        double[] trained = SalienceRanker.trained(Model.PERSON).weights();
        assertEquals(Model.PERSON.features().size(), trained.length);
        assertNotEquals(List.of(SalienceRanker.handSet(Model.PERSON).weights()), List.of(trained));
    }

    @Test
    void theBestScoreWinsAndATieGoesToTheEarlier() {
        SalienceRanker recency = SalienceRanker.handSet(Model.PERSON);
        assertEquals("Carlsen", recency.best(List.of(candidate("Nakamura", "recency", -3), candidate("Carlsen", "recency", -1))));
        assertEquals("Nakamura", recency.best(List.of(candidate("Nakamura", "recency", -1), candidate("Carlsen", "recency", -1))));
        assertNull(recency.best(List.of()));
    }

    @Test
    void theHandSetRuleGivesTheLastSpeakerTwoSentencesUnlessTheNarrativeMovedOn() {
        SalienceRanker handSet = SalienceRanker.handSet(Model.PERSON);
        Candidate speaker = candidate("Peskov", "recency", -3, "last-speaker", 1);
        Candidate subject = candidate("Lavrov", "recency", -2);
        assertEquals("Peskov", handSet.best(List.of(subject, speaker)));
        Candidate movedOn = candidate("Peskov", "recency", -3, "last-speaker", 1, "last-speaker-moved", 1);
        assertEquals("Lavrov", handSet.best(List.of(subject, movedOn)));
    }

    @Test
    void theLearnedWeightsPreferTheSubjectOfTheSentenceBeforeAndTheParagraphsOwnPeople() {
        SalienceRanker trained = SalienceRanker.trained(Model.PERSON);
        Candidate subjectBefore = candidate("Otieno", "recency", -1, "previous-subject", 1);
        Candidate other = candidate("Kipchoge", "recency", -1);
        assertEquals("Otieno", trained.best(List.of(other, subjectBefore)));
        Candidate inParagraph = candidate("Otieno", "recency", -2, "in-paragraph", 1);
        assertEquals("Otieno", trained.best(List.of(candidate("Kipchoge", "recency", -2), inParagraph)));
    }

    @Test
    void decisionsAreTracedOnlyWhileTracing() {
        SalienceRanker ranker = SalienceRanker.handSet(Model.PERSON);
        List<SalienceRanker.Decision> seen = new ArrayList<>();
        List<Candidate> candidates = List.of(candidate("Ceferin", "recency", -1));
        SalienceRanker.tracing(seen::add, () -> ranker.decide(42, candidates));
        ranker.decide(43, candidates);
        assertEquals(1, seen.size());
        assertEquals(42, seen.get(0).key());
        assertEquals("Ceferin", seen.get(0).chosen());
    }

    @Test
    void weightsMustMatchTheFeatures() {
        assertThrows(IllegalArgumentException.class, () -> new SalienceRanker(Model.PERSON, new double[]{1, 2}));
    }
}
