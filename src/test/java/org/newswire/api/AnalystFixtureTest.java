package org.newswire.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Twenty short articles on the three topics, all in 1998 (a year no other test uses), quoting three
 * speakers whose names are new on every run. Each article quotes one speaker once and names one
 * place, so every expected figure below is counted by hand from the table in {@code store()}.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystFixtureTest {

    private final String tag = AnalystQueriesTest.surname("");
    private final String a = "Maria Kovalenko" + tag;
    private final String b = "Pavel Orlovsky" + tag;
    private final String c = "Helen Carterson" + tag;
    private final String source = "Fixture Wire " + tag;

    private static final Map<String, String> CLAIMS = Map.of(
            "sanctions", "%s said the new sanctions would fail.\n\nThe sanctions package was discussed in %s on %s.",
            "arms", "%s said the New START inspections would resume.\n\nThe arms control talks took place in %s on %s.",
            "election", "%s said foreign interference in the election was being investigated.\n\nThe election interference inquiry met in %s on %s.");

    private boolean stored;

    /** Stores the fixture once per run, on first use (the HTTP port is only known inside a test). */
    private synchronized void store() {
        if (stored) {
            return;
        }
        stored = true;
        Object[][] table = {
                // topic, speaker, place, date
                {"sanctions", a, "Brussels", "1998-01-05"}, {"sanctions", a, "Brussels", "1998-01-20"},
                {"sanctions", b, "Brussels", "1998-02-03"}, {"sanctions", a, "Vienna", "1998-02-17"},
                {"sanctions", c, "Brussels", "1998-03-02"}, {"sanctions", b, "Vienna", "1998-03-16"},
                {"arms", b, "Geneva", "1998-01-07"}, {"arms", b, "Geneva", "1998-01-21"},
                {"arms", c, "Geneva", "1998-02-04"}, {"arms", b, "Vienna", "1998-02-18"},
                {"arms", a, "Geneva", "1998-03-04"}, {"arms", c, "Geneva", "1998-03-18"}, {"arms", b, "Geneva", "1998-03-25"},
                {"election", c, "Washington", "1998-01-09"}, {"election", c, "Washington", "1998-01-23"},
                {"election", a, "Washington", "1998-02-06"}, {"election", c, "Vienna", "1998-02-20"},
                {"election", c, "Washington", "1998-03-06"}, {"election", b, "Washington", "1998-03-20"},
                {"election", a, "Washington", "1998-03-27"}};
        for (Object[] row : table) {
            String text = String.format(CLAIMS.get((String) row[0]), row[1], row[2], row[3]);
            given().contentType(ContentType.JSON).body(Map.of("text", text, "source", source, "publishedAt", row[3]))
                    .when().post("/api/articles").then().statusCode(201);
        }
    }

    private int id(String name) {
        return given().when().get("/api/entities?type=PERSON&q={q}", name).then().statusCode(200)
                .extract().jsonPath().getInt("items.find { it.name == '" + name + "' }.id");
    }

    @Test
    void everyArticleGotItsTopic() {
        store();
        given().when().get("/api/articles?source={s}&size=1", source).then().body("total", equalTo(20));
        given().when().get("/api/articles?source={s}&topic=sanctions", source).then().body("total", equalTo(6));
        given().when().get("/api/articles?source={s}&topic=arms-control", source).then().body("total", equalTo(7));
        given().when().get("/api/articles?source={s}&topic=election-interference", source).then().body("total", equalTo(7));
    }

    @Test
    void speakersPerTopicInOrder() {
        store();
        // sanctions: a 3 (rows 1, 2, 4), b 2 (3, 6), c 1 (5)
        given().when().get("/api/speakers?topic=sanctions&from=1998-01-01&to=1998-12-31")
                .then().body("items.name", equalTo(List.of(a, b, c))).body("items.quoteCount", equalTo(List.of(3, 2, 1)));
        // arms control: b 4, c 2, a 1
        given().when().get("/api/speakers?topic=arms-control&from=1998-01-01&to=1998-12-31")
                .then().body("items.name", equalTo(List.of(b, c, a))).body("items.quoteCount", equalTo(List.of(4, 2, 1)));
        // all topics: b 7 and c 7 tie and go by name (Helen before Pavel), then a 6
        given().when().get("/api/speakers?from=1998-01-01&to=1998-12-31")
                .then().body("items.name", equalTo(List.of(c, b, a))).body("items.quoteCount", equalTo(List.of(7, 7, 6)));
        // election interference in March only: c (03-06), b (03-20), a (03-27), one each, by name
        given().when().get("/api/topics/election-interference/speakers?size=100")
                .then().body("items.find { it.name == '" + c + "' }.quoteCount", equalTo(4));
        given().when().get("/api/quotes?speaker={s}&topic=election-interference&from=1998-03-01&to=1998-03-31", c)
                .then().body("total", equalTo(1));
    }

    @Test
    void timelineBuckets() {
        store();
        List<Map<String, Object>> months = given().when().get("/api/topics/arms-control/timeline?interval=month")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.start.startsWith('1998') }");
        // each speaker repeats one arms-control sentence: a statement, counted in the month they first say it (b, c, a)
        assertEquals(List.of(Map.of("start", "1998-01-01", "articles", 2, "quotes", 2, "statements", 1),
                Map.of("start", "1998-02-01", "articles", 2, "quotes", 2, "statements", 1),
                Map.of("start", "1998-03-01", "articles", 3, "quotes", 3, "statements", 1)), months);
        // 1998-01-01 was a Thursday: weeks start on 01-05, 01-19, 02-02, 02-16, 03-02, 03-16
        List<String> weeks = given().when().get("/api/topics/sanctions/timeline?interval=week")
                .then().extract().jsonPath().getList("findAll { it.start.startsWith('1998') }.start");
        assertEquals(List.of("1998-01-05", "1998-01-19", "1998-02-02", "1998-02-16", "1998-03-02", "1998-03-16"), weeks);
    }

    @Test
    void coOccurrencesAndProfile() {
        store();
        // a is named with Brussels twice, Washington twice, Geneva once, Vienna once
        int aid = id(a);
        given().when().get("/api/entities/" + aid + "/cooccurrences")
                .then().body("name", equalTo(List.of("Brussels", "Washington", "Geneva", "Vienna")))
                .body("sharedArticles", equalTo(List.of(2, 2, 1, 1)));
        given().when().get("/api/entities/" + aid + "/articles").then().body("total", equalTo(6));
        given().when().get("/api/speakers/" + aid)
                .then().body("quoteCount", equalTo(6)).body("articleCount", equalTo(6))
                .body("firstQuoted", equalTo("1998-01-05T00:00:00Z")).body("lastQuoted", equalTo("1998-03-27T00:00:00Z"))
                .body("topics.slug", equalTo(List.of("sanctions", "election-interference", "arms-control")))
                .body("topics.quoteCount", equalTo(List.of(3, 2, 1)));
    }

    @Test
    void searchWithinTheFixture() {
        store();
        // Brussels and sanctions together: rows 1, 2, 3, 5
        given().when().get("/api/articles?source={s}&q=Brussels sanctions", source).then().body("total", equalTo(4));
        given().when().get("/api/articles?source={s}&q={q}", source, "\"New START inspections\"").then().body("total", equalTo(7));
        given().when().get("/api/quotes?q={q}&speaker={s}", "inspections", b).then().body("total", equalTo(4));
    }
}
