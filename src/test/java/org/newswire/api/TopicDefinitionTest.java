package org.newswire.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswire.api.AnalystQueriesTest.store;
import static org.newswire.api.AnalystQueriesTest.surname;

/**
 * Topics as data: a user defines, changes and removes a topic over REST; ingest uses it at once, and
 * stored articles are classified again by a background job; bad definitions are 400s naming the field.
 */
@QuarkusTest
class TopicDefinitionTest {

    private static final String PIPELINE_STORY = "Europe's gas supply was hit again on Tuesday when a pipeline in the Baltic Sea "
            + "lost pressure, the operator said.\n\nEnergy ministers said the gas pipeline damage would test the region's energy security "
            + "through the winter.";

    private static Map<String, Object> energy(String slug, String... phrases) {
        List<Map<String, Object>> weighted = new ArrayList<>();
        for (String p : phrases) {
            weighted.add(Map.of("phrase", p, "weight", 1));
        }
        return Map.of("slug", slug, "label", "Energy security", "description", "Gas and oil supply and the politics of energy",
                "phrases", weighted, "negativePhrases", List.of("energy drink*"));
    }

    private static String slug() {
        return "energy-" + surname("t");
    }

    /** Waits for a job to finish and returns it. */
    private static JsonPath finished(String jobId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonPath job = given().when().get("/api/jobs/" + jobId).then().statusCode(200).extract().jsonPath();
            if (!job.getString("status").equals("queued") && !job.getString("status").equals("running")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not finish in 60 s");
    }

    private static List<String> topicsOf(long article) {
        return given().when().get("/api/articles/" + article).then().statusCode(200).extract().jsonPath().getList("topics.slug");
    }

    @Test
    void aDefinedTopicClassifiesNewAndStoredArticlesAndShowsWhy() throws Exception {
        String slug = slug();
        long before = store(PIPELINE_STORY + " " + slug, "2024-10-01");
        assertTrue(topicsOf(before).isEmpty());

        JsonPath created = given().contentType(ContentType.JSON).body(energy(slug, "energy security", "gas (supply|pipeline|pipelines)"))
                .when().post("/api/topics").then().statusCode(201).header("Location", endsWith("/api/topics/" + slug))
                .body("topic.slug", equalTo(slug)).body("topic.builtIn", equalTo(false))
                .body("topic.phrases[1].phrase", equalTo("gas (supply|pipeline|pipelines)"))
                .body("job.kind", equalTo("reclassify-topics")).extract().jsonPath();
        assertEquals("finished", finished(created.getString("job.id")).getString("status"));

        // the stored article was classified again without being extracted again
        given().when().get("/api/articles/" + before).then()
                .body("topics.find { it.slug == '" + slug + "' }.evidence.phrase", hasItem("gas (supply|pipeline|pipelines)"))
                .body("topics.find { it.slug == '" + slug + "' }.evidence.find { it.phrase == 'energy security' }.sentences", equalTo(1));
        // a new article gets it at ingest, and the extract endpoint uses it too
        long after = store("Oil and gas supply talks opened in Oslo on Monday.\n\nThe gas pipelines to the south are running at half "
                + "their capacity, officials said. " + slug, "2024-10-02");
        assertEquals(List.of(slug), topicsOf(after));
        given().contentType(ContentType.JSON).body(Map.of("text", PIPELINE_STORY)).when().post("/api/extract")
                .then().statusCode(200).body("topics", hasItem(slug));
        given().when().get("/api/topics").then().body("slug", hasItem(slug));
        given().when().get("/api/topics/" + slug + "/articles").then().body("total", equalTo(2));

        // a change that no longer matches takes the topic off both
        JsonPath changed = given().contentType(ContentType.JSON).body(energy(slug, "coal (mine|mines)"))
                .when().put("/api/topics/" + slug).then().statusCode(200).body("topic.phrases.size()", equalTo(1)).extract().jsonPath();
        finished(changed.getString("job.id"));
        assertTrue(topicsOf(before).isEmpty());
        assertTrue(topicsOf(after).isEmpty());

        given().when().delete("/api/topics/" + slug).then().statusCode(204);
        given().when().get("/api/topics/" + slug).then().statusCode(404);
        given().when().get("/api/quotes?topic=" + slug).then().statusCode(400).body("detail", containsString("unknown topic"));
        given().when().get("/api/topics").then().body("slug", not(hasItem(slug)));
    }

    @Test
    void builtInTopicsCanBeChangedButNotDeleted() {
        JsonPath sanctions = given().when().get("/api/topics/sanctions").then().statusCode(200)
                .body("builtIn", equalTo(true)).extract().jsonPath();
        given().when().delete("/api/topics/sanctions").then().statusCode(409).contentType(ProblemMapper.PROBLEM_JSON)
                .body("detail", containsString("PUT"));
        // put back as it was: accepted, and still built in
        Map<String, Object> same = Map.of("label", sanctions.getString("label"), "description", sanctions.getString("description"),
                "phrases", sanctions.getList("phrases"), "negativePhrases", sanctions.getList("negativePhrases"));
        given().contentType(ContentType.JSON).body(same).when().put("/api/topics/sanctions").then().statusCode(200)
                .body("topic.builtIn", equalTo(true)).body("topic.phrases.size()", equalTo(sanctions.getList("phrases").size()));
    }

    @Test
    void badDefinitionsAreRefusedNamingEachField() {
        given().contentType(ContentType.JSON).body(Map.of("slug", "Energy Security", "phrases", List.of(Map.of("phrase", "a.*b", "weight", 0))))
                .when().post("/api/topics").then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON)
                .body("errors.field", equalTo(List.of("label", "phrases[0].phrase", "phrases[0].weight", "slug")));
        given().contentType(ContentType.JSON).body(Map.of("slug", slug(), "label", "Weak", "phrases", List.of(Map.of("phrase", "gas", "weight", 0.5))))
                .when().post("/api/topics").then().statusCode(400).body("detail", containsString("less than 1"));
        given().contentType(ContentType.JSON).body(energy("sanctions", "gas"))
                .when().post("/api/topics").then().statusCode(409).body("detail", containsString("already exists"));
        given().contentType(ContentType.JSON).body(energy("other-slug", "gas"))
                .when().put("/api/topics/sanctions").then().statusCode(400).body("errors[0].field", equalTo("slug"));
        given().contentType(ContentType.JSON).body(energy("no-such-topic", "gas"))
                .when().put("/api/topics/no-such-topic").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"label\": \"x\", \"phrases\": \"gas\"}")
                .when().post("/api/topics").then().statusCode(400);
        given().contentType(ContentType.JSON).body(energy("bidi-" + surname("t"), "gas \u202Esupply"))
                .when().post("/api/topics").then().statusCode(400).body("errors[0].field", equalTo("phrases[0].phrase"));
    }

    @Test
    void theNumberOfTopicsIsBounded() {
        // newswire.topics.max is 12 in tests: every topic is matched against every article
        int existing = given().when().get("/api/topics").then().extract().jsonPath().getList("slug").size();
        List<String> made = new ArrayList<>();
        try {
            for (int i = existing; i < 12; i++) {
                String slug = slug();
                given().contentType(ContentType.JSON).body(energy(slug, "gas supply")).when().post("/api/topics").then().statusCode(201);
                made.add(slug);
            }
            given().contentType(ContentType.JSON).body(energy(slug(), "gas supply")).when().post("/api/topics")
                    .then().statusCode(409).body("detail", containsString("newswire.topics.max"));
        } finally {
            made.forEach(slug -> given().when().delete("/api/topics/" + slug).then().statusCode(204));
        }
    }

    @Test
    void simultaneousEditsTakeTurnsAndSimultaneousCreationsOfOneSlugMakeOne() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            String slug = slug();
            List<CompletableFuture<Integer>> creations = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                creations.add(CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON).body(energy(slug, "gas supply"))
                        .when().post("/api/topics").then().extract().statusCode(), clients));
            }
            List<Integer> statuses = creations.stream().map(CompletableFuture::join).sorted().toList();
            assertEquals(List.of(201, 409, 409, 409, 409, 409), statuses);

            List<CompletableFuture<Integer>> edits = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Map<String, Object> body = energy(slug, "gas supply", "edit" + i + " phrase");
                edits.add(CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON).body(body)
                        .when().put("/api/topics/" + slug).then().extract().statusCode(), clients));
            }
            assertTrue(edits.stream().map(CompletableFuture::join).allMatch(s -> s == 200));
            // one edit won whole: its two phrases, not a mixture
            List<String> phrases = given().when().get("/api/topics/" + slug).then().statusCode(200).extract().jsonPath().getList("phrases.phrase");
            assertEquals(2, phrases.size());
            assertEquals("gas supply", phrases.get(0));
            assertTrue(phrases.get(1).matches("edit[0-5] phrase"), phrases.toString());
            given().when().delete("/api/topics/" + slug).then().statusCode(204);
        } finally {
            clients.shutdownNow();
        }
    }
}
