package org.newswire.extraction.topic;

import org.junit.jupiter.api.Test;
import org.newswire.extraction.TopicScore;
import org.newswire.extraction.TopicSlug;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicStageTest {

    private final TopicStage topics = new TopicStage();

    private List<TopicSlug> assigned(String title, List<String> sentences) {
        return topics.score(title, sentences).stream().filter(TopicScore::assigned).map(TopicScore::topic).toList();
    }

    @Test
    void mainSubjectFromTheHeadline() {
        assertEquals(List.of(TopicSlug.ARMS_CONTROL), assigned("Russia pauses New START inspections",
                List.of("Moscow said on Monday it would keep talking.", "The talks will go on.")));
    }

    @Test
    void twoSupportingSentencesAssignATopicOutsideTheLead() {
        List<String> body = List.of("Leaders met in Bali.", "The weather was fine.",
                "The Treasury imposed sanctions on 14 individuals.", "Further sanctions would follow, Yellen said.");
        assertEquals(List.of(TopicSlug.SANCTIONS), assigned("", body));
    }

    @Test
    void aSingleKeywordInPassingIsNotEnough() {
        List<String> body = List.of("Leaders met in Bali.", "The weather was fine.", "Trade was discussed.",
                "One delegate mentioned sanctions in passing.");
        assertTrue(assigned("", body).isEmpty());
    }

    @Test
    void weakPhrasesNeedAPartner() {
        List<String> body = List.of("Leaders met in Bali.", "The weather was fine.", "The treaty was signed in 2010.",
                "Inspections continued, officials said.");
        assertTrue(assigned("", body).isEmpty(), "treaty and inspections alone in separate sentences are weak");
    }
}
