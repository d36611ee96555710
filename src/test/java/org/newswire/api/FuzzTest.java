package org.newswire.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 1,200 generated bad or odd requests against every endpoint: random bytes, deep nesting, wrong
 * types, invalid UTF-8, control characters, right-to-left and emoji text, SQL and script fragments,
 * huge and negative paging. Every answer must be a 2xx or a 4xx problem document, never a 5xx,
 * and what is stored must be exactly as before (fixed seed: a failure is reproducible).
 */
@QuarkusTest
class FuzzTest {

    private static final String[] ODD = {"", " ", "null", "0", "-1", "99999999999999999999", "1e309", "NaN", "true",
            "' OR 1=1 --", "'; DROP TABLE article; --", "<script>alert(1)</script>", "\u202Eevil\u202C", "مرحبا بالعالم",
            "🚀🔥💥", "\u0000", "\u0007bell", "\uD800", "%00", "../../etc/passwd", "a".repeat(5000), "\"quoted\"",
            "{}", "[]", "${jndi:ldap://x}", "\\u0000", "Peskov said", "1998-02-30", "2024-13-01", "--", "*", "(", "AND"};
    private static final String[] GET_PATHS = {"/api/articles", "/api/quotes", "/api/quotes/export", "/api/entities",
            "/api/speakers", "/api/topics", "/api/topics/sanctions/articles", "/api/topics/sanctions/timeline",
            "/api/topics/sanctions/speakers", "/api/articles/%s", "/api/entities/%s", "/api/entities/%s/cooccurrences",
            "/api/entities/%s/articles", "/api/speakers/%s", "/api/speakers/%s/quotes", "/api/jobs/%s", "/api/topics/%s/articles"};
    private static final String[] PARAMS = {"page", "size", "topic", "entity", "speaker", "source", "from", "to", "q", "sort",
            "type", "article", "format", "interval", "limit"};

    private final Random random = new Random(20261123);

    private String odd() {
        return ODD[random.nextInt(ODD.length)];
    }

    /** An odd value fit for a path segment (REST Assured reads braces as templates). */
    private String segment() {
        return odd().replaceAll("[{}/%?#\\s\\\\]", "");
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    private String body() {
        return switch (random.nextInt(9)) {
            case 0 -> "[".repeat(5000) + "]".repeat(5000);
            case 1 -> "{\"text\": " + (random.nextBoolean() ? random.nextInt() : "[\"" + odd() + "\"]") + "}";
            case 2 -> "{\"text\": \"" + odd().replace("\\", "\\\\").replace("\"", "\\\"") + "\", \"title\": 7}";
            case 3 -> "{\"text\": \"x\", \"publishedAt\": \"" + odd().replace("\"", "") + "\", \"url\": \"" + odd().replace("\"", "") + "\"}";
            case 4 -> "{\"text\": \"\\u0000 control\"}";
            case 5 -> "{\"text\": \"" + "a".repeat(60_000) + "\"}";
            case 6 -> "{\"unknown\": 1, \"text\": \"Peskov said no.\"}";
            case 7 -> "{\"otherId\": \"" + odd().replace("\"", "") + "\"}";
            default -> "{\"text\": {\"nested\": " + "{\"a\":".repeat(200) + "1" + "}".repeat(200) + "}}";
        };
    }

    private long total(String path) {
        return given().when().get(path + "?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void oddRequestsNeverFailTheServerOrChangeData() {
        long articles = total("/api/articles");
        long quotes = total("/api/quotes");
        long entities = total("/api/entities");
        List<String> failures = new ArrayList<>();
        var raw = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig().encodeContentTypeAs("application/x-ndjson", ContentType.TEXT));
        for (int i = 0; i < 1200; i++) {
            Response r;
            String what;
            switch (random.nextInt(4)) {
                case 0 -> {
                    String path = String.format(GET_PATHS[random.nextInt(GET_PATHS.length)], segment());
                    var req = given().urlEncodingEnabled(true);
                    for (int p = random.nextInt(4); p > 0; p--) {
                        req = req.queryParam(PARAMS[random.nextInt(PARAMS.length)], odd());
                    }
                    what = "GET " + path;
                    r = req.when().get(path.isEmpty() ? "/api/articles" : path);
                }
                case 1 -> {
                    String path = List.of("/api/articles", "/api/articles/batch", "/api/extract", "/api/entities/1/merge").get(random.nextInt(4));
                    String body = body();
                    what = "POST " + path + " " + body.substring(0, Math.min(60, body.length()));
                    r = given().config(raw).contentType(random.nextInt(5) == 0 ? "application/x-ndjson" : "application/json")
                            .body(body.getBytes(StandardCharsets.UTF_8)).when().post(path);
                }
                case 2 -> {
                    what = "POST random bytes";
                    r = given().contentType(ContentType.JSON).body(randomBytes()).when().post(random.nextBoolean() ? "/api/articles" : "/api/extract");
                }
                default -> {
                    what = "DELETE";
                    r = given().when().delete("/api/articles/" + segment() + "x");
                }
            }
            int status = r.statusCode();
            boolean problem = status < 400 || String.valueOf(r.contentType()).startsWith(ProblemMapper.PROBLEM_JSON);
            if (status >= 500 || !problem) {
                failures.add(status + " " + r.contentType() + " for " + what.substring(0, Math.min(80, what.length())));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, first: " + failures.subList(0, Math.min(5, failures.size())));
        assertEquals(articles, total("/api/articles"), "articles changed");
        assertEquals(quotes, total("/api/quotes"), "quotes changed");
        assertEquals(entities, total("/api/entities"), "entities changed");
    }
}
