package org.newswire.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Texts built to burn CPU (nothing but quotation marks, "said" over and over) are bounded: sentences
 * are cut for the tagger and parser, and an extraction over its budget stops with a 422. Before,
 * 20,000 quotation marks took 36 s and went on after the client had left.
 */
@QuarkusTest
@TestProfile(HostileTextTest.ShortBudget.class)
class HostileTextTest {

    public static class ShortBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newswire.extraction.budget-ms", "2000");
        }
    }

    /** Bodies at the test size limit (50,000 characters). */
    private static final List<String> HOSTILE = List.of("\"".repeat(50_000), "said ".repeat(10_000), "“".repeat(25_000) + "”".repeat(25_000));

    @Test
    void hostileTextsAnswerWithinTheBudget() {
        for (String text : HOSTILE) {
            long t0 = System.nanoTime();
            given().contentType(ContentType.JSON).body(Map.of("text", text)).when().post("/api/extract")
                    .then().statusCode(is(oneOf(200, 422)));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 8, "took " + seconds + " s for a text starting " + text.substring(0, 10));
        }
        given().contentType(ContentType.JSON).body(Map.of("text", "\"".repeat(50_000))).when().post("/api/extract")
                .then().statusCode(422).contentType(ProblemMapper.PROBLEM_JSON).body("detail", containsString("budget"));
    }

    @Test
    void anOrdinaryArticleIsUnchangedAndABatchRejectsOnlyTheHostileItem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "\"The sanctions do not hurt us,\" Kremlin spokesman Dmitry Peskov said.")).when().post("/api/extract")
                .then().statusCode(200).body("quotes[0].speaker", equalTo("Dmitry Peskov"));
        String tag = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(List.of(
                        Map.of("text", "\"".repeat(50_000 - tag.length()) + tag),
                        Map.of("text", "Sergei Ryabkov said the talks would resume. " + tag)))
                .when().post("/api/articles/batch")
                .then().statusCode(200).body("created", equalTo(1)).body("rejected", equalTo(1))
                .body("items[0].status", equalTo("rejected")).body("items[0].reason", containsString("budget"))
                .body("items[1].status", equalTo("created"));
    }
}
