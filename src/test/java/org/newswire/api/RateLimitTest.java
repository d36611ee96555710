package org.newswire.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client over its write or extraction budget gets 429 with Retry-After; reads are unaffected. On a
 * service without an API key the client is its address: a different X-API-Key on every request (which
 * once bought a fresh bucket each time) changes nothing.
 */
@QuarkusTest
@TestProfile(RateLimitTest.ThreeEach.class)
class RateLimitTest {

    public static class ThreeEach implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newswire.writes-per-minute", "3", "newswire.extracts-per-minute", "3");
        }
    }

    @Inject
    RateLimiter limiter;

    @Test
    void fourthWriteInAMinuteIsRefusedWhateverKeyIsSent() {
        for (int i = 0; i < 3; i++) {
            // empty bodies: each is a write attempt that stores nothing
            given().header(ApiKeyFilter.HEADER, "rotating-" + i).contentType(ContentType.JSON).body("{}")
                    .when().post("/api/articles").then().statusCode(400);
        }
        given().header(ApiKeyFilter.HEADER, "rotating-3").contentType(ContentType.JSON).body("{}")
                .when().post("/api/articles")
                .then().statusCode(429).contentType(ProblemMapper.PROBLEM_JSON)
                .header("Retry-After", notNullValue()).body("detail", containsString("at most 3 a minute"));
        given().when().get("/api/articles").then().statusCode(200);
    }

    @Test
    void extractionHasABudgetOfItsOwn() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("text", "Peskov said no.")).when().post("/api/extract").then().statusCode(200);
        }
        given().contentType(ContentType.JSON).body(Map.of("text", "Peskov said no.")).when().post("/api/extract")
                .then().statusCode(429).header("Retry-After", notNullValue()).body("detail", containsString("extractions"));
    }

    @Test
    void manyClientsDoNotGrowTheBucketsWithoutBound() {
        for (int i = 0; i < 2 * RateLimiter.MAX_CLIENTS; i++) {
            limiter.secondsUntilAllowed("write", "ip:10.0." + i, 3);
        }
        assertTrue(limiter.trackedClients() <= RateLimiter.MAX_CLIENTS, "tracked " + limiter.trackedClients());
    }
}
