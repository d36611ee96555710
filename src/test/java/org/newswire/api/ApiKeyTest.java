package org.newswire.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** With newswire.api-key set, writes need the key and reads do not. */
@QuarkusTest
@TestProfile(ApiKeyTest.WithKey.class)
class ApiKeyTest {

    public static class WithKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newswire.api-key", "s3cret-test-key");
        }
    }

    private static Map<String, Object> article() {
        return Map.of("text", "Ryabkov said the talks would resume. " + UUID.randomUUID());
    }

    @Test
    void writesNeedTheKeyReadsDoNot() {
        long before = given().when().get("/api/articles?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
        given().contentType(ContentType.JSON).body(article()).when().post("/api/articles")
                .then().statusCode(401).contentType(ProblemMapper.PROBLEM_JSON).body("detail", containsString("Missing X-API-Key"));
        given().header(ApiKeyFilter.HEADER, "guess").contentType(ContentType.JSON).body(article()).when().post("/api/articles")
                .then().statusCode(401).body("detail", containsString("Wrong X-API-Key"));
        given().when().delete("/api/articles/1").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("otherId", 2)).when().post("/api/entities/1/merge").then().statusCode(401);
        given().when().get("/api/articles?size=1").then().statusCode(200).body("total", equalTo((int) before));

        long id = given().header(ApiKeyFilter.HEADER, "s3cret-test-key").contentType(ContentType.JSON).body(article())
                .when().post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        given().when().get("/api/articles/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", "Peskov said no.")).when().post("/api/extract").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then()
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"))
                .body("paths.'/api/articles'.post.security[0].apiKey", equalTo(java.util.List.of()));
    }
}
