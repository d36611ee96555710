package org.newswire.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.newswire.search.SearchIndex;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lucene's query features are bounded: queries that expand without limit (hundreds of fuzzy terms,
 * a catastrophic regular expression, thousands of brackets or clauses) are refused with a 400 at once,
 * where before they took up to a minute or answered 500; and highlights escape the article's own HTML.
 */
@QuarkusTest
class HostileQueryTest {

    private static void refusedFast(String q) {
        for (String path : List.of("/api/quotes", "/api/articles")) {
            // the first request and the first refusal of a run load classes: not what is measured
            given().queryParam("q", "warm").when().get(path).then().statusCode(200);
            given().queryParam("q", "x".repeat(2000)).when().get(path).then().statusCode(400);
            long t0 = System.nanoTime();
            given().queryParam("q", q).queryParam("size", 100).when().get(path)
                    .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON).body("errors[0].field", equalTo("q"));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 2, path + " took " + seconds + " s for " + q.substring(0, Math.min(30, q.length())));
        }
    }

    @Test
    void queriesThatExpandWithoutBoundAreRefusedAtOnce() {
        refusedFast(IntStream.range(0, 300).mapToObj(i -> "el" + i + "~2").collect(Collectors.joining(" OR ")));
        refusedFast(IntStream.range(0, 8).mapToObj(i -> "sanction" + i + "~2").collect(Collectors.joining(" OR ")));
        refusedFast(IntStream.range(0, 1200).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")));
        refusedFast(IntStream.range(0, 100).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR ")));
        refusedFast("/(a?){500}a{500}/");
        refusedFast("(".repeat(5000) + "peskov");
        given().queryParam("q", "sanctions~1 OR peskov*").when().get("/api/quotes").then().statusCode(200);
    }

    @Test
    void highlightsEscapeTheArticlesOwnMarkup() {
        String word = "zebra" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        given().contentType(ContentType.JSON).body(Map.of("text", "Officials said the " + word
                        + " report <img src=x onerror=alert(1)> would be <b>published</b> on Monday."))
                .when().post("/api/articles").then().statusCode(201);
        given().queryParam("q", word).when().get("/api/articles").then().statusCode(200)
                .body("items[0].highlight", containsString("&lt;img src=x onerror=alert(1)&gt;"))
                .body("items[0].highlight", containsString("<em>" + word + "</em>"))
                .body("items[0].highlight", not(containsString("<img")));
        given().queryParam("q", word).when().get("/api/quotes").then().statusCode(200)
                .body("items[0].highlight", not(containsString("<b>")));
    }

    @Test
    void boundsAreDocumentedConstants() {
        assertTrue(SearchIndex.MAX_CLAUSES < 1024 && SearchIndex.MAX_QUERY_CHARS <= 1000);
    }
}
