package org.newswire.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.newswire.cache.ReadCache;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

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
    ReadCache cache;

    @Test
    void readersMissingTheSameAnswerWaitForTheOneComputingIt() throws Exception {
        ReadCache.Stamp stamp = new ReadCache.Stamp(Long.MAX_VALUE, 1); // a state no real request is at
        String request = "/api/single-flight?" + System.nanoTime();
        assertNull(cache.get(request, stamp), "the first reader to miss computes the answer");

        CompletableFuture<ReadCache.Answer> second = CompletableFuture.supplyAsync(() -> cache.get(request, stamp));
        Thread.sleep(200);
        assertFalse(second.isDone(), "a second reader waits for the first one's answer instead of computing it again");
        ReadCache.Answer answer = new ReadCache.Answer("{}".getBytes(), "application/json", null);
        cache.put(request, stamp, answer);
        assertSame(answer, second.get(2, TimeUnit.SECONDS));

        // an answer that will not be stored (an error) releases the waiters to compute their own
        String failing = request + "&failing";
        assertNull(cache.get(failing, stamp));
        CompletableFuture<ReadCache.Answer> waiting = CompletableFuture.supplyAsync(() -> cache.get(failing, stamp));
        Thread.sleep(200);
        cache.abandon(failing, stamp);
        assertNull(waiting.get(2, TimeUnit.SECONDS));
    }
}
