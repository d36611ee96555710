package org.newswire.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ExtractResourceTest {

    static final String KREMLIN = """
            MOSCOW - The Kremlin on Wednesday said that Russia will not meddle in the United States presidential election.

            Kremlin spokesman Dmitry Peskov, in a lecture to students, said: “We never interfered in elections in the US.”

            “And this time, we do not intend to interfere. We do not dictate to anyone how to live,” he said.

            Mr Peskov added that any attempt from abroad to interfere in Russia's presidential election would be prevented.""";

    @Test
    void findsWhoSaidWhatOnRealText() {
        Response response = given().contentType(ContentType.JSON).body(Map.of("text", KREMLIN))
                .when().post("/api/extract")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("topics", equalTo(List.of("election-interference")))
                .extract().response();
        List<Map<String, Object>> quotes = response.jsonPath().getList("quotes");
        Map<String, Object> first = quotes.stream()
                .filter(q -> "We never interfered in elections in the US.".equals(q.get("text"))).findFirst().orElseThrow();
        assertEquals("direct", first.get("type"));
        assertEquals("Dmitry Peskov", first.get("speaker"));
        assertEquals("Kremlin spokesman Dmitry Peskov", first.get("speakerMention"));
        Map<String, Object> second = quotes.stream()
                .filter(q -> ((String) q.get("text")).startsWith("And this time")).findFirst().orElseThrow();
        assertEquals("Dmitry Peskov", second.get("speaker"), "pronoun 'he' resolves to the last person quoted");
        assertEquals("he", second.get("speakerMention"));
        assertTrue(((String) second.get("text")).endsWith("how to live"), "the trailing comma inside the marks is dropped");
        Map<String, Object> indirect = quotes.stream().filter(q -> "indirect".equals(q.get("type"))
                && ((String) q.get("text")).startsWith("any attempt from abroad")).findFirst().orElseThrow();
        assertEquals("Dmitry Peskov", indirect.get("speaker"));
        for (Map<String, Object> q : quotes) {
            int start = (Integer) q.get("start");
            int end = (Integer) q.get("end");
            assertEquals(q.get("text"), KREMLIN.substring(start, end), "offsets point at the quote text");
        }
        response.then()
                .body("entities.find { it.name == 'Dmitry Peskov' }.type", equalTo("PERSON"))
                .body("entities.find { it.name == 'Dmitry Peskov' }.mentions", equalTo(List.of("Dmitry Peskov", "Peskov")))
                .body("entities.find { it.name == 'Kremlin' }.type", equalTo("ORGANIZATION"))
                .body("entities.find { it.name == 'United States' }.mentions", hasItem("US"))
                .body("entities.name", hasItem("Russia"));
    }

    @Test
    void emptyBodyIsAProblem() {
        given().contentType(ContentType.JSON).body("")
                .when().post("/api/extract")
                .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON)
                .body("status", equalTo(400)).body("title", equalTo("Bad Request"))
                .body("detail", containsString("body"));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"text\": \"unterminated")
                .when().post("/api/extract")
                .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON)
                .body("detail", startsWith("Malformed JSON"));
    }

    @Test
    void wrongTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"text\": 123}")
                .when().post("/api/extract")
                .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON)
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void wrongShapesSayWhatWasExpectedWithoutJavaNames() {
        given().contentType(ContentType.JSON).body("{\"text\": {\"a\": 1}}")
                .when().post("/api/extract")
                .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON)
                .body("detail", equalTo("text: must be a string"));
        given().contentType(ContentType.JSON).body("[\"Peskov said no.\"]")
                .when().post("/api/extract")
                .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON)
                .body("detail", equalTo("The request body must be a JSON object"));
    }

    @Test
    void unknownFieldIsRejected() {
        given().contentType(ContentType.JSON).body("{\"txt\": \"Peskov said so.\"}")
                .when().post("/api/extract")
                .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON)
                .body("errors[0].field", equalTo("txt")).body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void blankTextIsRejected() {
        given().contentType(ContentType.JSON).body(Map.of("text", "   "))
                .when().post("/api/extract")
                .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON)
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void textOverTheLimitIsRejected() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Peskov said no. ".repeat(4000)))
                .when().post("/api/extract")
                .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON)
                .body("detail", containsString("the limit is 50000"));
    }

    @Test
    void controlCharactersAreRejected() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Peskov\u0000 said no."))
                .when().post("/api/extract")
                .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON)
                .body("detail", containsString("U+0000"));
    }

    @Test
    void oddUnicodeIsHandled() {
        String text = "«Мы не вмешиваемся», — said nobody. 🚀 Ryabkov said that the talks would resume in Geneva.";
        given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("quotes.find { it.type == 'indirect' }.text", equalTo("the talks would resume in Geneva"))
                .body("quotes.find { it.type == 'indirect' }.speaker", equalTo("Ryabkov"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().when().get("/api/nothing-here")
                .then().statusCode(404).contentType(ProblemMapper.PROBLEM_JSON)
                .body("detail", startsWith("Nothing at /api/nothing-here"));
    }
}
