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
            "{}", "[]", "${jndi:ldap://x}", "\\u0000", "Peskov said", "1998-02-30", "2024-13-01", "--", "*", "(", "AND",
            // Lucene's query features: a catastrophic regular expression, floods of fuzzy terms and clauses, deep brackets
            "/(a?){500}a{500}/", "el1~2 OR el2~2 OR el3~2 OR el4~2 OR el5~2 OR el6~2", "(".repeat(3000) + "x",
            "w ".repeat(700), "*peskov", "+999999999-12-31T23:59:59-18:00"};
    private static final String[] GET_PATHS = {"/api/articles", "/api/quotes", "/api/quotes/export", "/api/entities",
            "/api/speakers", "/api/topics", "/api/topics/sanctions/articles", "/api/topics/sanctions/timeline",
            "/api/topics/sanctions/speakers", "/api/articles/%s", "/api/entities/%s", "/api/entities/%s/cooccurrences",
            "/api/entities/%s/articles", "/api/speakers/%s", "/api/speakers/%s/quotes", "/api/jobs/%s", "/api/topics/%s/articles"};
    private static final String[] PARAMS = {"page", "size", "topic", "entity", "speaker", "source", "from", "to", "q", "sort",
            "type", "article", "format", "interval", "limit"};

    private static final java.util.regex.Pattern LEAKS = java.util.regex.Pattern.compile("org\\.newswire|java\\.|com\\.fasterxml|Coercion");

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
        return switch (random.nextInt(10)) {
            case 9 -> "{\"text\": \"x\", \"otherId\": 1.5}";
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

    /** Texts built to burn CPU: runs of quotation marks and verbs of saying, a name of hundreds of words. */
    private String pathological() {
        return switch (random.nextInt(3)) {
            case 0 -> "{\"text\": \"" + "\\\"".repeat(3000) + "\"}";
            case 1 -> "{\"text\": \"" + "said ".repeat(600) + "\"}";
            default -> "{\"text\": \"\\\"We won,\\\" said " + "Zed ".repeat(150) + "on Monday.\"}";
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
            // one request in twenty is a pathological text: each costs a fraction of a second to extract
            switch (i % 20 == 0 ? 3 : random.nextInt(4) == 3 ? 4 : random.nextInt(3)) {
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
                    // a different X-API-Key each time: a rotating key must buy neither writes nor memory
                    r = given().config(raw).contentType(random.nextInt(5) == 0 ? "application/x-ndjson" : "application/json")
                            .header(ApiKeyFilter.HEADER, "rotating-" + random.nextInt())
                            .body(body.getBytes(StandardCharsets.UTF_8)).when().post(path);
                }
                case 2 -> {
                    what = "POST random bytes";
                    r = given().contentType(ContentType.JSON).body(randomBytes()).when().post(random.nextBoolean() ? "/api/articles" : "/api/extract");
                }
                case 3 -> {
                    what = "POST pathological text";
                    r = given().contentType(ContentType.JSON).body(pathological()).when().post("/api/extract");
                }
                default -> {
                    what = "DELETE";
                    r = given().when().delete("/api/articles/" + segment() + "x");
                }
            }
            int status = r.statusCode();
            boolean problem = status < 400 || String.valueOf(r.contentType()).startsWith(ProblemMapper.PROBLEM_JSON);
            // errors say what was expected in plain words, never a Java class name
            boolean leaks = status >= 400 && LEAKS.matcher(r.asString()).find();
            if (status >= 500 || !problem || leaks) {
                failures.add(status + " " + r.contentType() + (leaks ? " " + r.asString() : "") + " for " + what.substring(0, Math.min(80, what.length())));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, first: " + failures.subList(0, Math.min(5, failures.size())));
        assertEquals(articles, total("/api/articles"), "articles changed");
        assertEquals(quotes, total("/api/quotes"), "quotes changed");
        assertEquals(entities, total("/api/entities"), "entities changed");
    }
}
