package org.newswire.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

/** A client over its write budget gets 429 with Retry-After; reads and other clients are unaffected. */
@QuarkusTest
@TestProfile(RateLimitTest.ThreeWrites.class)
class RateLimitTest {

    public static class ThreeWrites implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newswire.writes-per-minute", "3");
        }
    }

    @Test
    void fourthWriteInAMinuteIsRefused() {
        for (int i = 0; i < 3; i++) {
            // empty bodies: each is a write attempt that stores nothing
            given().header(ApiKeyFilter.HEADER, "client-a").contentType(ContentType.JSON).body("{}")
                    .when().post("/api/articles").then().statusCode(400);
        }
        given().header(ApiKeyFilter.HEADER, "client-a").contentType(ContentType.JSON).body("{}")
                .when().post("/api/articles")
                .then().statusCode(429).contentType(ProblemMapper.PROBLEM_JSON)
                .header("Retry-After", notNullValue()).body("detail", containsString("at most 3 a minute"));
        given().header(ApiKeyFilter.HEADER, "client-b").contentType(ContentType.JSON).body("{}")
                .when().post("/api/articles").then().statusCode(400);
        given().when().get("/api/articles").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", "Peskov said no.")).when().post("/api/extract").then().statusCode(200);
    }
}
