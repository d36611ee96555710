package org.newswire.story;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The measures grouping decides by, on real articles of the dev set and the copies a republisher makes. */
class FingerprintsTest {

    private static final Map<String, String> TEXTS;

    static {
        try {
            TEXTS = StoryStatementTest.tuneTexts();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sharedBands(String a, String b) {
        List<Long> left = java.util.Arrays.stream(Fingerprints.bands(a)).boxed().toList();
        return java.util.Arrays.stream(Fingerprints.bands(b)).filter(left::contains).count();
    }

    @Test
    void aTrimmedCopySharesBandsAndShinglesAnotherReportDoesNot() {
        String original = TEXTS.get("vestikavkaza-stoltenberg-inf");
        String copy = StoryStatementTest.republished(original);
        String other = TEXTS.get("rferl-stoltenberg-inf-munich");
        assertEquals(Fingerprints.BANDS, Fingerprints.bands(original).length);
        assertTrue(sharedBands(original, copy) > 10, "a copy is found through the band index");
        assertTrue(Fingerprints.containment(Fingerprints.shingles(original), Fingerprints.shingles(copy)) > 0.9);
        assertTrue(Fingerprints.containment(Fingerprints.shingles(original), Fingerprints.shingles(other)) < Fingerprints.STORY_CONTAINMENT);
        assertEquals(List.of(3L), Fingerprints.copiedStories(copy, List.of(new Fingerprints.Candidate(5, other),
                new Fingerprints.Candidate(3, original))));
        assertEquals(List.of(), Fingerprints.copiedStories(other, List.of(new Fingerprints.Candidate(3, original))));
        assertEquals(0, Fingerprints.bands("").length, "a text without words has no bands");
    }

    @Test
    void aCopyBridgesAFirstTakeAndARewriteButNotTwoStoriesARoundUpQuotes() {
        List<String> lines = List.of(TEXTS.get("urdupoint-borrell-package").split("\n"));
        String whole = String.join("\n", lines);
        String firstTake = String.join("\n", lines.subList(0, 7));
        String rewrite = String.join("\n", lines.subList(5, lines.size()));
        double overlap = Fingerprints.containment(Fingerprints.shingles(firstTake), Fingerprints.shingles(rewrite));
        assertTrue(overlap >= Fingerprints.BRIDGE_CONTAINMENT && overlap < Fingerprints.STORY_CONTAINMENT, "overlap " + overlap);
        assertEquals(List.of(), Fingerprints.copiedStories(rewrite, List.of(new Fingerprints.Candidate(1, firstTake))));
        assertEquals(2, Fingerprints.copiedStories(whole,
                List.of(new Fingerprints.Candidate(2, rewrite), new Fingerprints.Candidate(1, firstTake))).size());
        // a round-up made of two unrelated reports is a copy of each, but does not make them one story
        String other = TEXTS.get("vestikavkaza-stoltenberg-inf");
        String roundUp = firstTake + "\n" + other;
        assertEquals(1, Fingerprints.copiedStories(roundUp,
                List.of(new Fingerprints.Candidate(1, firstTake), new Fingerprints.Candidate(3, other))).size());
    }

    @Test
    void aTrimmedOrRepunctuatedQuoteIsTheSameStatementAnotherSentenceIsNot() {
        List<String> full = Fingerprints.words("Russia has denied for years that they’re violating the INF Treaty. We’ve confronted "
                + "them again and again with facts, with information, with our assessments");
        List<String> trimmed = Fingerprints.words("Russia has denied for years that they're violating the INF Treaty. We've confronted "
                + "them again and again with facts");
        List<String> other = Fingerprints.words("All allies agree that Russia is in violation, is in material breach of the INF treaty");
        assertTrue(Fingerprints.sameStatement(full, trimmed));
        assertFalse(Fingerprints.sameStatement(full, other));
        // short quotes are the same only word for word
        assertTrue(Fingerprints.sameStatement(Fingerprints.words("a disgrace!"), Fingerprints.words("A disgrace")));
        assertFalse(Fingerprints.sameStatement(Fingerprints.words("a disgrace"), Fingerprints.words("a total disgrace")));
        // a trimmed copy keeps one of the full quote's keys, so the index finds it
        List<Long> keys = java.util.Arrays.stream(Fingerprints.quoteKeys(full)).boxed().toList();
        assertTrue(java.util.Arrays.stream(Fingerprints.quoteKeys(trimmed)).anyMatch(keys::contains));
        assertEquals(2L, Fingerprints.statementSaying(trimmed, List.of(new Fingerprints.Candidate(4, "All allies agree that Russia is in violation"),
                new Fingerprints.Candidate(2, "Russia has denied for years that they’re violating the INF Treaty."))));
    }
}
