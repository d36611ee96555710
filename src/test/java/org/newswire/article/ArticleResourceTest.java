package org.newswire.article;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.newswire.api.ProblemMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ArticleResourceTest {

    static final String RYABKOV = """
            Russian Deputy Foreign Minister Sergei Ryabkov said on Tuesday that Moscow was ready to discuss the future of the New START treaty.

            "We do not expect any improvement after the vote, whoever wins," Ryabkov told reporters.

            The deputy minister said inspections under the treaty could resume only if Washington stopped "creating obstacles" for Russian inspectors.""";

    /** An article whose text and url no other test uses. */
    static Map<String, Object> article(String source) {
        String tag = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>();
        body.put("url", "https://example.org/news/" + tag);
        body.put("title", "Ryabkov on New START " + tag);
        body.put("source", source);
        body.put("author", "Test Desk");
        body.put("publishedAt", "2022-11-08T16:05:00Z");
        body.put("text", RYABKOV + "\n\nRef " + tag + ".");
        return body;
    }

    static long create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long totalArticles() {
        return given().when().get("/api/articles?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void ingestStoresArticleWithExtraction() {
        Map<String, Object> body = article("Ingest Test Wire");
        long id = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Location", endsWith("/api/articles/" + given().when().get("/api/articles?source=Ingest Test Wire")
                        .then().extract().jsonPath().getLong("items[0].id")))
                .body("title", equalTo(body.get("title")))
                .body("publishedAt", equalTo("2022-11-08T16:05:00Z"))
                .body("topics.slug", hasItem("arms-control"))
                .body("quotes.find { it.text == 'We do not expect any improvement after the vote, whoever wins' }.speaker.name",
                        equalTo("Sergei Ryabkov"))
                .body("quotes.find { it.text.startsWith('inspections under the treaty') }.speaker.name", equalTo("Sergei Ryabkov"))
                .body("quotes.find { it.text.startsWith('inspections under the treaty') }.type", equalTo("mixed"))
                .body("entities.find { it.name == 'Sergei Ryabkov' }.mentions.surface", equalTo(List.of("Sergei Ryabkov", "Ryabkov")))
                .extract().jsonPath().getLong("id");

        given().when().get("/api/articles/" + id)
                .then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("text", equalTo(body.get("text")))
                .body("entities.name", hasItem("Moscow"));
    }

    @Test
    void sameUrlOrSameTextReturnsTheStoredArticle() {
        Map<String, Object> body = article("Dedup Wire");
        long id = create(body);
        long before = totalArticles();

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/articles")
                .then().statusCode(200).body("id", equalTo((int) id));

        Map<String, Object> sameText = new HashMap<>(body);
        sameText.put("url", "https://example.org/mirror/" + UUID.randomUUID());
        sameText.put("text", "  " + body.get("text").toString().replace("\n\n", "\n \n") + "\n");
        given().contentType(ContentType.JSON).body(sameText)
                .when().post("/api/articles")
                .then().statusCode(200).body("id", equalTo((int) id));

        assertEquals(before, totalArticles());
    }

    @Test
    void sameArticlePostedConcurrentlyIsStoredOnce() throws Exception {
        Map<String, Object> body = article("Race Wire");
        long before = totalArticles();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<io.restassured.response.Response>> posts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                posts.add(pool.submit(() -> given().contentType(ContentType.JSON).body(body).when().post("/api/articles")));
            }
            List<Integer> statuses = new ArrayList<>();
            Set<Long> ids = new HashSet<>();
            for (Future<io.restassured.response.Response> post : posts) {
                io.restassured.response.Response r = post.get(60, TimeUnit.SECONDS);
                statuses.add(r.statusCode());
                ids.add(r.jsonPath().getLong("id"));
            }
            statuses.sort(Integer::compareTo);
            assertEquals(List.of(200, 200, 200, 201), statuses);
            assertEquals(1, ids.size(), "every answer names the one stored article");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, totalArticles());
    }

    @Test
    void badInputIsRejectedAndStoresNothing() {
        long before = totalArticles();
        Map<String, Object> noText = article("Bad Wire");
        noText.remove("text");
        given().contentType(ContentType.JSON).body(noText).when().post("/api/articles")
                .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON).body("errors[0].field", equalTo("text"));

        Map<String, Object> badDate = article("Bad Wire");
        badDate.put("publishedAt", "yesterday");
        given().contentType(ContentType.JSON).body(badDate).when().post("/api/articles")
                .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON)
                .body("errors[0].field", equalTo("publishedAt")).body("detail", containsString("yesterday"));

        Map<String, Object> badUrl = article("Bad Wire");
        badUrl.put("url", "not a url");
        given().contentType(ContentType.JSON).body(badUrl).when().post("/api/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("url"));

        Map<String, Object> huge = article("Bad Wire");
        huge.put("text", "Ryabkov said talks would go on. ".repeat(2000));
        given().contentType(ContentType.JSON).body(huge).when().post("/api/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("text")).body("detail", containsString("limit"));

        given().contentType(ContentType.JSON).body("").when().post("/api/articles")
                .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON);
        given().contentType(ContentType.JSON).body("[1,2").when().post("/api/articles")
                .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON);
        given().contentType(ContentType.TEXT).body("plain").when().post("/api/articles")
                .then().statusCode(415).contentType(ProblemMapper.PROBLEM_JSON);
        // past the HTTP body limit (12 MB): refused before it is read, still as a problem
        byte[] overLimit = new byte[13 * 1024 * 1024];
        java.util.Arrays.fill(overLimit, (byte) ' ');
        given().contentType(ContentType.JSON).body(overLimit).when().post("/api/articles/batch")
                .then().statusCode(413).contentType(ProblemMapper.PROBLEM_JSON)
                .body("detail", containsString("13,631,488 bytes")).body("instance", equalTo("/api/articles/batch"));

        assertEquals(before, totalArticles());
    }

    @Test
    void deletingAnArticleKeepsEntitiesOtherArticlesName() {
        String shared = "Janet Sharedova" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        String only = "Boris Onlyenko" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        long keep = create(Map.of("text", shared + " said the sanctions would stay in place."));
        long gone = create(Map.of("text", shared + " and " + only + " met in Geneva.\n\n" + only + " said the talks had failed."));
        int sharedId = given().when().get("/api/entities?q={q}", shared).then().extract().jsonPath().getInt("items[0].id");
        int onlyId = given().when().get("/api/entities?q={q}", only).then().extract().jsonPath().getInt("items[0].id");
        long entitiesBefore = given().when().get("/api/entities?size=1").then().extract().jsonPath().getLong("total");

        given().when().delete("/api/articles/" + gone).then().statusCode(204);

        given().when().get("/api/entities/" + sharedId).then().statusCode(200).body("articleCount", equalTo(1));
        given().when().get("/api/entities/" + onlyId).then().statusCode(404);
        given().when().get("/api/articles/" + keep).then().statusCode(200).body("entities.name", hasItem(shared));
        long entitiesAfter = given().when().get("/api/entities?size=1").then().extract().jsonPath().getLong("total");
        assertTrue(entitiesAfter >= entitiesBefore - 2, "only entities named nowhere else may go: " + entitiesBefore + " → " + entitiesAfter);
    }

    @Test
    void reextractionReplacesWithoutDuplicates() {
        long id = create(article("Reextract Wire"));
        List<Integer> before = given().when().get("/api/articles/" + id).then().extract().jsonPath().getList("quotes.id");
        int entities = given().when().get("/api/articles/" + id).then().extract().jsonPath().getList("entities").size();

        given().when().post("/api/articles/" + id + "/reextract")
                .then().statusCode(200)
                .body("quotes.size()", equalTo(before.size()))
                .body("entities.size()", equalTo(entities))
                .body("quotes.id", everyItem(not(in(before))));
        given().when().get("/api/quotes?article=" + id).then().body("total", equalTo(before.size()));
        given().when().post("/api/articles/987654321/reextract").then().statusCode(404).contentType(ProblemMapper.PROBLEM_JSON);
    }

    @Test
    void bulkReextractionReportsProgressToTheEnd() throws InterruptedException {
        long id = create(article("Bulk Reextract Wire"));
        int quotes = given().when().get("/api/quotes?article=" + id).then().extract().jsonPath().getInt("total");
        String location = given().when().post("/api/articles/reextract")
                .then().statusCode(202).header("Location", containsString("/api/jobs/"))
                .body("total", greaterThanOrEqualTo(1)).extract().header("Location");
        Map<String, Object> job = Map.of();
        for (int i = 0; i < 240 && !"finished".equals(job.get("status")); i++) {
            Thread.sleep(250);
            job = given().when().get(location).then().statusCode(200).extract().jsonPath().getMap("");
        }
        assertEquals("finished", job.get("status"), "job did not finish in 60 s: " + job);
        assertEquals(job.get("total"), job.get("done"));
        assertEquals(0, job.get("failed"));
        given().when().get("/api/quotes?article=" + id).then().body("total", equalTo(quotes));
        given().when().get("/api/jobs/no-such-job").then().statusCode(404).contentType(ProblemMapper.PROBLEM_JSON);
    }

    @Test
    void oneBulkReextractionAtATimeAndItCanBeCancelled() throws InterruptedException {
        create(article("Bulk Cancel Wire"));
        String location = given().when().post("/api/articles/reextract").then().statusCode(202).extract().header("Location");
        // 25 more in a burst: each answers with the job already running, none queues another
        for (int i = 0; i < 25; i++) {
            given().when().post("/api/articles/reextract").then().statusCode(409).header("Location", equalTo(location));
        }
        given().when().delete(location).then().statusCode(200);
        String status = ended(location);
        assertTrue(status.equals("cancelled") || status.equals("finished"), status);
        String next = given().when().post("/api/articles/reextract").then().statusCode(202).extract().header("Location");
        assertNotEquals(location, next);
        given().when().delete(next).then().statusCode(200);
        ended(next); // the other tests may start jobs of their own
        given().when().delete("/api/jobs/no-such-job").then().statusCode(404).contentType(ProblemMapper.PROBLEM_JSON);
    }

    /** The job's status once it is no longer queued or running (waits up to a minute). */
    private static String ended(String location) throws InterruptedException {
        String status = "";
        for (int i = 0; i < 240 && !status.equals("cancelled") && !status.equals("finished"); i++) {
            Thread.sleep(250);
            status = given().when().get(location).then().statusCode(200).extract().jsonPath().getString("status");
        }
        return status;
    }

    @Test
    void batchItemsGetIdsInTheOrderOfTheRequest() {
        List<Long> ids = given().contentType(ContentType.JSON).body(List.of(article("Order A"), article("Order B"), article("Order C")))
                .when().post("/api/articles/batch").then().statusCode(200).body("created", equalTo(3))
                .extract().jsonPath().getList("items.id", Long.class);
        assertTrue(ids.get(0) < ids.get(1) && ids.get(1) < ids.get(2), ids.toString());
    }

    @Test
    void aBodyWithoutContentTypeIsToldWhatToSend() {
        given().body("{\"text\": \"Peskov said no.\"}").when().post("/api/articles")
                .then().statusCode(415).contentType(ProblemMapper.PROBLEM_JSON)
                .body("detail", containsString("Content-Type: application/json"));
    }

    @Test
    void unknownIdsAre404() {
        given().when().get("/api/articles/987654321")
                .then().statusCode(404).contentType(ProblemMapper.PROBLEM_JSON).body("detail", equalTo("article 987654321 not found"));
        given().when().delete("/api/articles/987654321")
                .then().statusCode(404).contentType(ProblemMapper.PROBLEM_JSON);
    }

    @Test
    void deleteRemovesArticleAndItsExtraction() {
        Map<String, Object> body = article("Delete Wire");
        long id = create(body);
        given().when().get("/api/quotes?article=" + id).then().statusCode(200).body("total", notNullValue());
        long quotes = given().when().get("/api/quotes?article=" + id).then().extract().jsonPath().getLong("total");
        assertNotEquals(0L, quotes);

        given().when().delete("/api/articles/" + id).then().statusCode(204);

        given().when().get("/api/articles/" + id).then().statusCode(404);
        given().when().get("/api/quotes?article=" + id).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void listFiltersSortsAndPages() {
        String source = "List Wire " + UUID.randomUUID();
        Map<String, Object> older = article(source);
        older.put("publishedAt", "2022-01-10");
        Map<String, Object> newer = article(source);
        newer.put("publishedAt", "2022-06-01T12:00:00Z");
        long olderId = create(older);
        long newerId = create(newer);

        given().when().get("/api/articles?source={s}&size=1", source)
                .then().statusCode(200)
                .body("total", equalTo(2)).body("size", equalTo(1)).body("page", equalTo(0))
                .body("items", hasSize(1)).body("items[0].id", equalTo((int) newerId));
        given().when().get("/api/articles?source={s}&size=1&page=1", source)
                .then().body("items[0].id", equalTo((int) olderId));
        given().when().get("/api/articles?source={s}&sort=publishedAt", source)
                .then().body("items.id", equalTo(List.of((int) olderId, (int) newerId)));
        given().when().get("/api/articles?source={s}&from=2022-03-01", source)
                .then().body("items.id", equalTo(List.of((int) newerId)));
        given().when().get("/api/articles?source={s}&to=2022-01-10", source)
                .then().body("items.id", equalTo(List.of((int) olderId)));
        given().when().get("/api/articles?source={s}&topic=arms-control&speaker=Ryabkov&entity=sergei ryabkov", source)
                .then().body("total", equalTo(2)).body("items.topics", everyItem(hasItem("arms-control")));
        given().when().get("/api/articles?source={s}&topic=sanctions", source)
                .then().body("total", equalTo(0));
        given().when().get("/api/articles?source={s}&q={q}", source, newer.get("text").toString().substring(RYABKOV.length() + 6))
                .then().body("items.id", equalTo(List.of((int) newerId)));
    }

    @Test
    void badListParametersAreProblems() {
        given().when().get("/api/articles?size=1000").then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON)
                .body("errors[0].field", equalTo("size")).body("detail", containsString("between 1 and 100"));
        given().when().get("/api/articles?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().when().get("/api/articles?size=abc").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().when().get("/api/articles?from=03/06/2024").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().when().get("/api/articles?topic=weather").then().statusCode(400)
                .body("errors[0].field", equalTo("topic")).body("detail", containsString("arms-control"));
        given().when().get("/api/articles?sort=title").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void batchReportsEachItem() {
        Map<String, Object> fresh = article("Batch Wire");
        Map<String, Object> existing = article("Batch Wire");
        long existingId = create(existing);
        Map<String, Object> invalid = article("Batch Wire");
        invalid.put("text", "");
        given().contentType(ContentType.JSON).body(List.of(fresh, existing, invalid))
                .when().post("/api/articles/batch")
                .then().statusCode(200)
                .body("created", equalTo(1)).body("duplicates", equalTo(1)).body("rejected", equalTo(1))
                .body("items.status", equalTo(List.of("created", "duplicate", "rejected")))
                .body("items[1].id", equalTo((int) existingId))
                .body("items[2].reason", containsString("text"));
    }

    static io.restassured.specification.RequestSpecification ndjson() {
        return given().config(RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().encodeContentTypeAs("application/x-ndjson", ContentType.TEXT)))
                .contentType("application/x-ndjson");
    }

    @Test
    void batchAcceptsNdjson() {
        String lines = "{\"text\": \"Ryabkov said the talks would resume. " + UUID.randomUUID() + "\"}\n"
                + "{\"text\": \"Peskov said relations would remain bad. " + UUID.randomUUID() + "\"}\n";
        ndjson().body(lines)
                .when().post("/api/articles/batch")
                .then().statusCode(200).body("created", equalTo(2));
    }

    @Test
    void badBatchesAreRejectedWhole() {
        long before = totalArticles();
        List<Map<String, Object>> six = List.of(article("B"), article("B"), article("B"), article("B"), article("B"), article("B"));
        given().contentType(ContentType.JSON).body(six).when().post("/api/articles/batch")
                .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON).body("detail", containsString("the limit is 5"));
        given().contentType(ContentType.JSON).body(article("B")).when().post("/api/articles/batch")
                .then().statusCode(400).body("detail", containsString("JSON array"));
        given().contentType(ContentType.JSON).body("[]").when().post("/api/articles/batch")
                .then().statusCode(400);
        ndjson().body("{\"text\": \"ok\"}\nnot json\n").when().post("/api/articles/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("line 2"));
        assertEquals(before, totalArticles());
    }
}
