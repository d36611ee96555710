package org.newswire.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document lists what each operation can answer and shows what to send: every request
 * body has an example, every operation its statuses from the filters and mappers (401 and 429 on
 * writes, 413 and 415 on bodies, 422 and 503 where extraction runs, 500), and every read its schema
 * and an example whose fields (and, on a page or list, its items' fields) the schema declares.
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
            // every read keeps its schema and shows an example of that shape
            Map<String, Object> ok = (Map<String, Object>) responses.get("200");
            Map<String, Object> json = ok == null || ok.get("content") == null ? null
                    : ((Map<String, Map<String, Object>>) ok.get("content")).get("application/json");
            if (method.equals("get") && json != null) {
                Map<String, Object> schema = (Map<String, Object>) json.get("schema");
                if (schema == null) {
                    missing.add(method + " " + path + ": 200 schema");
                    return;
                }
                Map<String, Object> examples = (Map<String, Object>) json.get("examples");
                String ref = (String) schema.get("$ref");
                if (examples == null) {
                    missing.add(method + " " + path + ": 200 example");
                }
                if (examples != null) {
                    for (Object example : examples.values()) {
                        Object value = ((Map<String, Object>) example).get("value"); // the document carries it parsed
                        Object items = value;
                        Map<String, Object> itemSchema = (Map<String, Object>) schema.get("items");
                        if (ref != null) {
                            undeclared(schemas, ref, value).forEach(f -> missing.add(method + " " + path + ": example field " + f));
                            Map<String, Object> pageItems = properties(schemas, ref).get("items");
                            items = pageItems == null ? List.of() : ((Map<String, Object>) value).get("items");
                            itemSchema = pageItems == null ? null : (Map<String, Object>) pageItems.get("items");
                        }
                        for (Object item : (List<Object>) items) {
                            undeclared(schemas, (String) itemSchema.get("$ref"), item)
                                    .forEach(f -> missing.add(method + " " + path + ": example item field " + f));
                        }
                    }
                }
            }
        }));
        assertTrue(missing.isEmpty(), "missing: " + missing);
        assertTrue(schemas.containsKey("Problem"), "the problem schema the responses refer to");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> properties(Map<String, Object> schemas, String ref) {
        Map<String, Object> schema = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        assertNotNull(schema, "reference resolves: " + ref);
        return (Map<String, Map<String, Object>>) schema.get("properties");
    }

    /** Fields of an example object that its schema does not declare (a renamed or misspelt field). */
    @SuppressWarnings("unchecked")
    private static Set<String> undeclared(Map<String, Object> schemas, String ref, Object example) {
        Set<String> fields = new TreeSet<>(((Map<String, Object>) example).keySet());
        fields.removeAll(properties(schemas, ref).keySet());
        return fields;
    }
}
