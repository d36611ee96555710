package org.newswire.story;

import org.junit.jupiter.api.Test;
import org.newswire.extraction.SharedPipeline;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality gate of story and statement grouping on labelled republished copies (see
 * {@link StoryEval}): on the tuning sets the targets for stories (pairwise precision 0.95,
 * recall 0.90); on the blind held-out set floors a few points under what it measured on 2026-12-02
 * (precision 0.857: its one miss is AP's first take and AP's later rewrite of one election story,
 * which its labeller made two stories and the tuning sets' labellers would have made one; recall
 * 1.0); for statements floors a few points under the figures measured that day (README, "Stories and
 * statements").
 */
class StoryQualityTest {

    static final String[] TUNE = {"src/test/resources/stories/stories-a.jsonl", "src/test/resources/stories/stories-b.jsonl"};
    static final String[] HELD_OUT = {"src/test/resources/stories/stories-c.jsonl"};

    @Test
    void copiesAreOneStoryAndOtherReportsStayApart() throws IOException {
        check(TUNE, 0.95, 0.90);
        check(HELD_OUT, 0.82, 0.90);
    }

    private static void check(String[] set, double precision, double recall) throws IOException {
        List<StoryEval.Labelled> articles = StoryEval.load(set);
        StoryEval.Pairs pairs = StoryEval.stories(articles, true);
        System.out.println("stories " + String.join(" ", set) + ": " + pairs);
        assertAll(() -> assertTrue(pairs.precision() >= precision, "precision " + pairs),
                () -> assertTrue(pairs.recall() >= recall, "recall " + pairs),
                () -> assertTrue(StoryEval.storyGroupsOfTwoOrMore(articles) >= 15, "groups of copies"));
    }

    @Test
    void aSpeakersCopiedQuotesAreOneStatement() throws IOException {
        // tune: a's labellers gave one key to different translations of a remark, which word overlap cannot group
        statements(TUNE, 0.45, 0.40);
        statements(HELD_OUT, 0.75, 0.55);
    }

    private static void statements(String[] set, double goldRecall, double extractedRecall) throws IOException {
        List<StoryEval.Labelled> articles = StoryEval.load(set);
        StoryEval.Pairs gold = StoryEval.statementsOnGold(articles);
        StoryEval.Pairs extracted = StoryEval.statementsExtracted(articles, SharedPipeline.get());
        System.out.println("statements " + String.join(" ", set) + " on labelled quotes: " + gold + "; on extracted quotes: " + extracted);
        assertAll(() -> assertTrue(gold.precision() >= 0.95, "precision on labelled quotes " + gold),
                () -> assertTrue(gold.recall() >= goldRecall, "recall on labelled quotes " + gold),
                () -> assertTrue(extracted.precision() >= 0.95, "precision on extracted quotes " + extracted),
                () -> assertTrue(extracted.recall() >= extractedRecall, "recall on extracted quotes " + extracted));
    }
}
