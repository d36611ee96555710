package org.newswire.extraction.eval;

import org.junit.jupiter.api.Test;
import org.newswire.extraction.speaker.SalienceRanker;
import org.newswire.extraction.speaker.SalienceRanker.Candidate;
import org.newswire.extraction.speaker.SalienceRanker.Model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SalienceTrainerTest {

    private static double[] features(double recency, boolean inParagraph) {
        double[] f = new double[Model.PERSON.features().size()];
        f[Model.PERSON.features().indexOf("recency")] = recency;
        f[Model.PERSON.features().indexOf("in-paragraph")] = inParagraph ? 1 : 0;
        return f;
    }

    /**
     * Decisions where the person named in the paragraph is meant though someone else was a subject
     * more recently: the hand-set recency rule gets them all wrong, the fit learns the paragraph.
     */
    @Test
    void theFitLearnsWhatTheHandSetRuleMisses() {
        Random random = new Random(7);
        List<SalienceTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double near = -1 - random.nextInt(2);
            List<Candidate> candidates = List.of(
                    new Candidate("recent", features(near, false)),
                    new Candidate("paragraph", features(near - 1 - random.nextInt(2), true)));
            examples.add(new SalienceTrainer.Example(i, candidates, new boolean[]{false, true}));
        }
        assertEquals(0.0, SalienceTrainer.accuracy(SalienceRanker.handSet(Model.PERSON), examples));
        double[] learned = SalienceTrainer.fit(Model.PERSON, examples);
        assertEquals(1.0, SalienceTrainer.accuracy(new SalienceRanker(Model.PERSON, learned), examples));
        assertTrue(learned[Model.PERSON.features().indexOf("in-paragraph")] > 0);
    }
}
