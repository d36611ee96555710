package org.newswire.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stories and statements through the API, on real articles of the dev set and the copies a
 * republisher makes of them: re-headlined, trimmed of the last paragraph, apostrophes re-typed.
 */
@QuarkusTest
class StoryStatementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, String> tuneTexts() throws IOException {
        Map<String, String> texts = new HashMap<>();
        try (InputStream in = StoryStatementTest.class.getResourceAsStream("/eval/tune.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode a = JSON.readTree(line);
                    texts.put(a.get("id").asText(), a.get("text").asText());
                }
            }
        }
        return texts;
    }

    /** What a republisher does: its own headline, the last paragraph cut, typographic apostrophes made plain. */
    static String republished(String text) {
        String body = text.substring(0, text.lastIndexOf('\n')).replace('\u2019', '\'');
        return "As reported earlier today\n" + body;
    }

    static long post(String text, String source, String publishedAt) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/" + UUID.randomUUID(), "title", "Story from " + source,
                        "source", source, "publishedAt", publishedAt, "text", text))
                .when().post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static JsonPath article(long id) {
        return given().when().get("/api/articles/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The statement of the article's first quote with this speaker whose text starts so. */
    static long statementOf(long articleId, String speaker, String start) {
        for (Map<String, Object> q : article(articleId).<Map<String, Object>>getList("quotes")) {
            Map<?, ?> s = (Map<?, ?>) q.get("speaker");
            if (s != null && speaker.equals(s.get("name")) && ((String) q.get("text")).startsWith(start)) {
                return ((Number) q.get("statementId")).longValue();
            }
        }
        throw new AssertionError("no quote of " + speaker + " starting '" + start + "' in article " + articleId);
    }

    @Test
    void copiesShareAStoryAndTheirQuotesAStatementWhileAnotherReportStaysApart() throws IOException {
        Map<String, String> texts = tuneTexts();
        String original = texts.get("vestikavkaza-stoltenberg-inf");
        long a = post(original, "Vestnik Kavkaza", "2018-12-05T10:00:00Z");
        long b = post(republished(original), "Example Daily", "2018-12-05T14:30:00Z");
        long other = post(texts.get("rferl-stoltenberg-inf-munich"), "RFE/RL", "2019-02-16T09:00:00Z");

        Long story = article(a).getLong("storyId");
        assertNotNull(story);
        assertEquals(story, article(b).getLong("storyId"), "a trimmed, re-headlined copy is the same story");
        assertNotEquals(story, article(other).getLong("storyId"), "another report on the same subject is another story");

        JsonPath detail = given().when().get("/api/stories/" + story).then().statusCode(200)
                .body("articles.id", hasItem((int) a)).body("articles.id", hasItem((int) b))
                .body("articles.id", not(hasItem((int) other)))
                .body("sources", hasItem("Example Daily")).extract().jsonPath();
        assertTrue(detail.getInt("articleCount") >= 2 && detail.getInt("sourceCount") >= 2);
        given().when().get("/api/stories?source=Example Daily&sort=-articles").then().statusCode(200)
                .body("items.id", hasItem(story.intValue())).body("items[0].articleCount", greaterThanOrEqualTo(2));

        // the same sentence in both copies (curly apostrophe in one, plain in the other) is one statement
        long statement = statementOf(a, "Jens Stoltenberg", "Russia has denied for years");
        assertEquals(statement, statementOf(b, "Jens Stoltenberg", "Russia has denied for years"));
        assertNotEquals(statement, statementOf(a, "Jens Stoltenberg", "All allies agree"), "a different sentence is another statement");
        given().when().get("/api/statements/" + statement).then().statusCode(200)
                .body("speaker.name", equalTo("Jens Stoltenberg")).body("text", startsWith("Russia has denied for years"))
                .body("occurrences.articleId", hasItem((int) a)).body("occurrences.articleId", hasItem((int) b))
                .body("occurrences[0].articleId", equalTo((int) a)).body("outletCount", greaterThanOrEqualTo(2));
        given().when().get("/api/statements?speaker=Stoltenberg&topic=arms-control&minOutlets=2&sort=-outlets&size=100").then().statusCode(200)
                .body("items.id", hasItem((int) statement));

        // counted as statements, the speaker has fewer than as quotes: the copy's quotes count once
        Map<String, Integer> quotes = speakerCounts("quotes");
        Map<String, Integer> statements = speakerCounts("statements");
        assertTrue(statements.get("Jens Stoltenberg") < quotes.get("Jens Stoltenberg"), statements + " vs " + quotes);

        // the copy deleted, the story and the statement are the original's alone again
        given().when().delete("/api/articles/" + b).then().statusCode(204);
        given().when().get("/api/stories/" + story).then().statusCode(200).body("articles.id", not(hasItem((int) b)));
        given().when().get("/api/statements/" + statement).then().statusCode(200)
                .body("occurrences.articleId", not(hasItem((int) b))).body("occurrences.articleId", hasItem((int) a));
    }

    private static Map<String, Integer> speakerCounts(String distinct) {
        Map<String, Integer> out = new HashMap<>();
        given().when().get("/api/speakers?topic=arms-control&size=100&distinct=" + distinct).then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").forEach(s -> out.put((String) s.get("name"), (Integer) s.get("quoteCount")));
        return out;
    }

    @Test
    void mergingTwoSpellingsOfOneSpeakerFoldsTheirStatements() throws IOException {
        String original = tuneTexts().get("urdupoint-borrell-package");
        long a = post(original, "UrduPoint", "2022-03-01T10:00:00Z");
        // a mirror that spells the name its own way: same story, but a speaker of its own until merged
        long b = post(republished(original).replace("Borrell", "Borel"), "Mirror Wire", "2022-03-01T12:00:00Z");
        long kept = statementOf(a, "Josep Borrell", "");
        long mirrored = statementOf(b, "Josep Borel", "");
        assertNotEquals(kept, mirrored);
        int keepId = given().when().get("/api/statements/" + kept).then().extract().jsonPath().getInt("speaker.id");
        int otherId = given().when().get("/api/statements/" + mirrored).then().extract().jsonPath().getInt("speaker.id");
        given().contentType(ContentType.JSON).body(Map.of("otherId", otherId))
                .when().post("/api/entities/" + keepId + "/merge").then().statusCode(200);
        assertEquals(kept, statementOf(b, "Josep Borrell", ""), "the mirror's quote joins the kept speaker's statement");
        given().when().get("/api/statements/" + mirrored).then().statusCode(404);
        given().when().get("/api/statements/" + kept).then().statusCode(200)
                .body("occurrences.articleId", hasItem((int) b)).body("speaker.name", equalTo("Josep Borrell"));
    }

    @Test
    void copiesStoredAtTheSameTimeStillMeet() throws Exception {
        Map<String, String> texts = tuneTexts();
        List<String> ids = List.of("nzherald-bofa-cuts-3000-jobs", "football-italia-ceferin-super-league", "taipeitimes-pompeo-open-skies-exit",
                "watoday-new-year-bail-court-parramatta", "usnews-berkeley-global-warming-real");
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<long[]> pairs = new ArrayList<>();
            for (String id : ids) {
                // a line of its own makes each run's pair new to the database, so that neither finds an earlier copy
                String text = "Filed " + UUID.randomUUID() + "\n" + texts.get(id);
                var first = CompletableFuture.supplyAsync(() -> post(text, "Wire One", "2024-01-01T00:00:00Z"), clients);
                var second = CompletableFuture.supplyAsync(() -> post(republished(text), "Wire Two", "2024-01-01T01:00:00Z"), clients);
                pairs.add(new long[] {first.get(), second.get()});
            }
            for (long[] pair : pairs) {
                assertEquals(article(pair[0]).getLong("storyId"), article(pair[1]).getLong("storyId"), "copies posted at once share a story");
                List<Long> left = article(pair[0]).<Integer>getList("quotes.statementId").stream().filter(java.util.Objects::nonNull)
                        .map(Integer::longValue).toList();
                List<Long> right = article(pair[1]).<Integer>getList("quotes.statementId").stream().filter(java.util.Objects::nonNull)
                        .map(Integer::longValue).toList();
                assertTrue(!left.isEmpty() && right.stream().anyMatch(left::contains), "their quotes share statements: " + left + " " + right);
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
