package org.newswire.cache;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.http.ContentType;
import org.newswire.api.AnalystQueriesTest;
import org.newswire.api.ReadEndpointsTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Cached read results never outlive the data they were computed from: this instance's own writes
 * show at once, and a write made elsewhere (another instance on the same database) shows within the
 * version polling interval; readers missing the same answer at once compute it once.
 */
@QuarkusTest
class ReadCacheTest {

    @Inject
    EntityManager em;

    @Test
    void listsFollowWritesHereAndElsewhere() throws Exception {
        String surname = "Cachekova";
        String url = "/api/quotes?speaker=" + surname + "&topic=sanctions";
        given().get(url).then().statusCode(200).body("total", equalTo(0));
        given().get(url).then().statusCode(200).body("total", equalTo(0)); // now from the cache

        long id = ReadEndpointsTest.storeSanctionsStory(surname);
        given().get(url).then().body("total", equalTo(2));
        given().get("/api/speakers?topic=sanctions&size=100").then().body("items.name", hasItem("Janet " + surname));

        // another instance deletes the quotes and bumps the shared version, as its writes do
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM quote WHERE article_id = " + id).executeUpdate();
            em.createNativeQuery("UPDATE data_version SET version = version + 1 WHERE id = 1").executeUpdate();
        });
        Instant deadline = Instant.now().plus(Duration.ofSeconds(2));
        int total;
        while ((total = given().get(url).then().extract().jsonPath().getInt("total")) != 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertEquals(0, total, "a write through another instance shows within the polling interval");

        given().delete("/api/articles/" + id).then().statusCode(204);
        given().get("/api/articles?q=" + surname).then().body("total", equalTo(0));
    }

    @Inject
    MeterRegistry meters;

    /** Writes that make every answer stale, from any source (a job another test left running, say). */
    private double undescribedWrites() {
        return meters.find(ReadCache.WRITES).counters().stream().filter(c -> !"addition".equals(c.getId().getTag("kind")))
                .mapToDouble(Counter::count).sum();
    }

    private static String status(String url) {
        return given().get(url).then().statusCode(200).extract().header(ResponseCache.CACHE_STATUS);
    }

    @Test
    void aNewArticleMakesStaleExactlyTheAnswersItCanChange() {
        String a = AnalystQueriesTest.surname("Cachea");
        String b = AnalystQueriesTest.surname("Cacheb");
        ReadEndpointsTest.storeSanctionsStory(a);
        long other = ReadEndpointsTest.storeSanctionsStory(b);
        List<String> unchanged = List.of("/api/quotes?speaker=" + b + "&topic=sanctions", "/api/quotes?speaker=" + a + "&topic=arms-control",
                "/api/quotes?speaker=" + a + "&type=mixed", "/api/quotes?speaker=" + a + "&to=2024-02-24", "/api/articles?q=" + b,
                "/api/articles?speaker=" + b, "/api/articles/" + other,
                "/api/quotes?q=" + a); // quote search reads the quote's words, and the new one does not name its speaker
        List<String> changed = List.of("/api/quotes?speaker=" + a + "&topic=sanctions", "/api/quotes?q=hold", "/api/articles?q=" + a,
                "/api/articles?entity=Janet " + a, "/api/articles?topic=sanctions", "/api/speakers?topic=sanctions",
                "/api/articles?entity=&source=&size=3"); // blank filters filter nothing
        for (int attempt = 1; ; attempt++) {
            double before = undescribedWrites();
            Stream.concat(unchanged.stream(), changed.stream()).forEach(url -> {
                status(url);
                assertEquals("newswire; hit", status(url), url + " is stored");
            });
            String text = """
                    The European Union on Monday agreed new sanctions on Russian banks and an oil price cap, its package number %d.

                    "These sanctions will hold until the war ends," %s told reporters in Brussels.""".formatted(attempt, "Janet " + a);
            given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "2024-03-04"))
                    .post("/api/articles").then().statusCode(201);
            if (undescribedWrites() != before && attempt < 3) {
                continue; // something else made every answer stale meanwhile: not what is measured here
            }
            unchanged.forEach(url -> assertEquals("newswire; hit", status(url), url + " cannot change, so it stays fresh"));
            changed.forEach(url -> assertEquals("newswire; fwd=stale; stored", status(url), url + " can change, so it is recomputed"));
            given().get(changed.get(0)).then().body("total", equalTo(2 + attempt));
            return;
        }
    }
}
