package org.newswire.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    /** A stage that declares layers and does nothing else. */
    private record Probe(String name, Set<Layer> requires, Set<Layer> provides) implements Stage {
        @Override
        public void process(Document document) {
        }
    }

    @Test
    void refusesAStageWhoseInputNoEarlierStageProvides() {
        Stage quotes = new Probe("quotes", Set.of(Layer.NLP, Layer.ENTITIES), Set.of(Layer.QUOTES));
        Stage nlp = new Probe("nlp", Set.of(), Set.of(Layer.NLP));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(nlp, quotes)));
        assertTrue(e.getMessage().contains("ENTITIES"), e.getMessage());
    }

    @Test
    void recordsLayersAndTimesEveryStage() {
        Stage nlp = new Probe("nlp", Set.of(), Set.of(Layer.NLP));
        Stage entities = new Probe("entities", Set.of(Layer.NLP), Set.of(Layer.ENTITIES));
        Pipeline pipeline = new Pipeline(List.of(nlp, entities));
        Document document = new Document("", "text");
        pipeline.process(document);
        assertTrue(document.has(Layer.NLP) && document.has(Layer.ENTITIES));
        assertEquals(List.of("nlp", "entities"), List.copyOf(document.stageNanos().keySet()));
        assertEquals(Set.of(Layer.NLP, Layer.ENTITIES), pipeline.provides());
    }
}
