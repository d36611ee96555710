package org.newswire.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newswire.extraction.ExtractedEntity;
import org.newswire.extraction.ExtractedQuote;
import org.newswire.extraction.Extraction;
import org.newswire.extraction.ExtractionPipelines;
import org.newswire.extraction.Pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the pipeline on the labelled development set, as shared/eval/score.py does, separately for
 * the part used in tuning, the held-out part and the held-out articles labelled blind (before the
 * system ever ran on them), and fails when the held-out figures drop below floors set from
 * measurement. Predictions go to target/eval/ for {@code score.py --pred}.
 */
class ExtractionQualityTest {

    /**
     * Floors a few points under the held-out figures measured on 2026-12-03 (evening, second session)
     * on 171 articles labelled blind (123 left of the 163 before, 40 random others having moved to
     * tune, and 48 labelled that evening: quote F1 0.931, quote+speaker F1 0.746, speaker accuracy
     * 0.801, entity F1 0.863, topic F1 0.835; see README), so a regression fails the build. The 48
     * new articles carry fewer topics, which pulled the held-out topic F1 from 0.857 down, so the topic
     * floor moves down with it.
     */
    private static final Map<String, Double> HELD_OUT_FLOORS = Map.of(
            "quote_f1", 0.90,
            "quote_speaker_f1", 0.72,
            "speaker_acc", 0.77,
            "entity_f1", 0.84,
            "topic_f1", 0.81);

    static final ObjectMapper JSON = new ObjectMapper();
    private static List<JsonNode> tuneSet;
    private static List<JsonNode> heldOutSet;
    private static Pipeline pipeline;

    @BeforeAll
    static void load() throws IOException {
        tuneSet = read("/eval/tune.jsonl");
        heldOutSet = read("/eval/heldout.jsonl");
        pipeline = ExtractionPipelines.standard();
    }

    static List<JsonNode> read(String resource) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = ExtractionQualityTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }

    @Test
    void heldOutQualityStaysAboveFloors() throws IOException {
        Map<String, Double> tuned = score(tuneSet, "tune");
        Map<String, Double> held = score(heldOutSet, "heldout");
        Map<String, Double> blind = score(heldOutSet.stream().filter(a -> "blind".equals(a.path("labelling").asText())).toList(),
                "heldout-blind");
        System.out.printf("eval tune    (%s)%neval heldout (%s)%neval blind   (%s)%n", tuned, held, blind);
        assertAll(HELD_OUT_FLOORS.entrySet().stream().map(f -> () -> assertTrue(held.get(f.getKey()) >= f.getValue(),
                "held-out " + f.getKey() + " = " + held.get(f.getKey()) + " fell below its floor " + f.getValue())));
    }

    /** Scores one set and writes its predictions to target/eval/NAME-predictions.jsonl. */
    private static Map<String, Double> score(List<JsonNode> gold, String name) throws IOException {
        Scorer scorer = new Scorer();
        StringBuilder predictions = new StringBuilder();
        for (JsonNode article : gold) {
            ObjectNode pred = prediction(article, pipeline.extract("", article.get("text").asText()));
            predictions.append(JSON.writeValueAsString(pred)).append('\n');
            scorer.add(labels(article), labels(pred));
        }
        Path out = Path.of("target", "eval");
        Files.createDirectories(out);
        Files.writeString(out.resolve(name + "-predictions.jsonl"), predictions);
        return scorer.metrics();
    }

    static ObjectNode prediction(JsonNode article, Extraction extraction) {
        ObjectNode pred = JSON.createObjectNode();
        pred.put("id", article.get("id").asText());
        ArrayNode quotes = pred.putArray("quotes");
        for (ExtractedQuote q : extraction.quotes()) {
            ObjectNode node = quotes.addObject();
            node.put("text", q.span().text());
            node.put("type", q.type().slug());
            node.put("speaker", q.speaker());
            node.put("speaker_mention", q.speakerMention() == null ? null : q.speakerMention().text());
            node.put("attributed_by", q.attributedBy());
        }
        ArrayNode entities = pred.putArray("entities");
        for (ExtractedEntity e : extraction.entities()) {
            ObjectNode node = entities.addObject();
            node.put("name", e.name());
            node.put("type", e.type().name());
            ArrayNode mentions = node.putArray("mentions");
            e.mentions().forEach(mentions::add);
        }
        ArrayNode topics = pred.putArray("topics");
        extraction.assignedTopics().forEach(topics::add);
        return pred;
    }

    static Scorer.Labels labels(JsonNode node) {
        List<Scorer.Quote> quotes = new ArrayList<>();
        node.get("quotes").forEach(q -> quotes.add(new Scorer.Quote(q.get("text").asText(), q.get("type").asText(),
                q.get("speaker").isNull() ? null : q.get("speaker").asText())));
        List<Scorer.Entity> entities = new ArrayList<>();
        node.get("entities").forEach(e -> {
            List<String> mentions = new ArrayList<>();
            e.get("mentions").forEach(m -> mentions.add(m.asText()));
            entities.add(new Scorer.Entity(e.get("name").asText(), e.get("type").asText(), mentions));
        });
        List<String> topics = new ArrayList<>();
        node.get("topics").forEach(t -> topics.add(t.asText()));
        return new Scorer.Labels(quotes, entities, topics);
    }
}
