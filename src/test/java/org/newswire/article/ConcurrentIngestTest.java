package org.newswire.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Real Kremlin wire stories that name the same entities, new to the database, stored side by side:
 * in one batch (items are extracted and stored in parallel) and by four clients at once. Every article
 * must be stored, and without a single conflict to retry: before entity rows were got or created in
 * transactions of their own, each article's transaction inserted them, a concurrent one that named
 * the same new entity hit the unique key while the first was still writing (so its immediate retries
 * could not see the row yet), and a batch answered 500 once the retries ran out.
 */
@QuarkusTest
class ConcurrentIngestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MeterRegistry meters;

    private double conflicts() {
        return meters.counter("newswire.articles.store.conflicts").count();
    }

    /**
     * Kremlin stories from the labelled set, each led by a paragraph naming this run's new people,
     * bodies and places many times over, so that each article's transaction writes for a while.
     */
    private static List<Map<String, Object>> stories(int count) throws IOException {
        Random random = new Random();
        StringBuilder lead = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String seed = newName(random);
            lead.append("Kremlin spokesman Dmitry ").append(seed).append("ov said the ").append(seed)
                    .append(" Institute in ").append(seed).append("sk would study the sanctions. ");
        }
        lead.append("\n\n");
        List<Map<String, Object>> out = new ArrayList<>();
        try (InputStream in = ConcurrentIngestTest.class.getResourceAsStream("/eval/tune.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                JsonNode a = line.isBlank() ? null : JSON.readTree(line);
                if (a != null && a.get("text").asText().contains("Kremlin") && out.size() < count) {
                    Map<String, Object> body = new HashMap<>();
                    body.put("url", "https://example.org/concurrent/" + random.nextLong() + "/" + out.size());
                    body.put("title", "Kremlin story " + out.size());
                    body.put("text", lead + a.get("text").asText());
                    out.add(body);
                }
            }
        }
        assertEquals(count, out.size());
        return out;
    }

    /** A capitalised made-up word, so the entities it names cannot be in the database yet. */
    private static String newName(Random random) {
        String consonants = "bdgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            sb.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1) + "r";
    }

    @Test
    void aBatchOfStoriesNamingTheSameNewEntitiesIsStoredWhole() throws IOException {
        double before = conflicts();
        given().contentType(ContentType.JSON).body(stories(5))
                .when().post("/api/articles/batch")
                .then().statusCode(200).body("created", equalTo(5)).body("rejected", equalTo(0));
        assertEquals(before, conflicts(), "no article had to be stored again");
    }

    @Test
    void fourClientsPostingSuchStoriesAtOnceAllGetThemStored() throws Exception {
        List<Map<String, Object>> stories = stories(8);
        double before = conflicts();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (Map<String, Object> story : stories) {
                statuses.add(clients.submit(() -> given().contentType(ContentType.JSON).body(story)
                        .when().post("/api/articles").then().extract().statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(201, status.get(120, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(before, conflicts(), "no article had to be stored again");
    }
}
