package org.newswire.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document lists what each operation can answer and shows what to send: every request
 * body has an example, every operation its statuses from the filters and mappers (401 and 429 on
 * writes, 413 and 415 on bodies, 422 and 503 where extraction runs, 500), and every reference resolves.
 */
@QuarkusTest
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationListsItsStatusesAndEveryBodyHasAnExample() {
        JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        Map<String, Object> schemas = doc.getMap("components.schemas");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            Map<String, Object> responses = (Map<String, Object>) op.get("responses");
            List<String> wanted = new ArrayList<>(List.of("500"));
            if (!method.equals("get")) {
                wanted.add("429");
            }
            Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
            if (body != null) {
                wanted.addAll(List.of("413", "415"));
                Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) body.get("content");
                if (content.values().stream().noneMatch(c -> c.get("examples") != null || c.get("example") != null)) {
                    missing.add(method + " " + path + ": request body example");
                }
            }
            if (path.equals("/api/extract") || (path.startsWith("/api/articles") && method.equals("post"))) {
                wanted.addAll(List.of("422", "503"));
            }
            wanted.stream().filter(s -> !responses.containsKey(s)).forEach(s -> missing.add(method + " " + path + ": " + s));
        }));
        assertTrue(missing.isEmpty(), "missing: " + missing);
        assertTrue(schemas.containsKey("Problem"), "the problem schema the responses refer to");
    }
}
