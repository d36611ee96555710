package org.newswire.extraction.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import org.junit.jupiter.api.Test;
import org.newswire.extraction.topic.TopicClassifier;
import org.newswire.extraction.topic.TopicDefinition;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A topic as a user would define it (topics/energy-security.json, 15 phrases, written before its slice
 * was labelled) on 40 real articles labelled blind (eval/energy-security.jsonl: 20 on energy security,
 * 20 near misses such as energy drinks, oil paintings and a talent pipeline). First measured: F1 0.857.
 */
class UserTopicQualityTest {

    @Test
    void aUserDefinedTopicHoldsOnItsBlindSlice() throws Exception {
        List<TopicDefinition> energy = ExtractionQualityTest.JSON.readValue(
                getClass().getResourceAsStream("/topics/energy-security.json"), new TypeReference<>() { });
        TopicEval.Figures f = TopicEval.figures(new TopicClassifier(energy), Path.of("src/test/resources/eval/energy-security.jsonl"), false);
        System.out.printf("energy-security slice (%d articles): topic_p=%.3f topic_r=%.3f topic_f1=%.3f topic_exact_acc=%.3f%n",
                f.articles(), f.p(), f.r(), f.f1(), f.exact());
        assertTrue(f.f1() >= 0.82, "topic F1 " + f.f1());
        assertTrue(f.p() >= 0.9, "topic precision " + f.p());
    }
}
