package org.newswire.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Co-occurrence, entity articles, speaker profiles, topic speakers and ETags on three articles whose
 * entities are fixed by construction: P is named in all three, R in the first two, S in the third.
 */
@QuarkusTest
public class AnalystQueriesTest {

    /** Letters a-f only (names the tagger reads as names); a counter from a random start keeps them unique. */
    private static final int SUFFIXES = 6 * 6 * 6 * 6 * 6 * 6;
    private static final AtomicInteger NEXT_NAME = new AtomicInteger(new Random().nextInt(SUFFIXES));

    public static String surname(String stem) {
        int n = Math.floorMod(NEXT_NAME.getAndIncrement(), SUFFIXES);
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++, n /= 6) {
            suffix.append((char) ('a' + n % 6));
        }
        return stem + suffix;
    }

    static long store(String text, String publishedAt) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", publishedAt))
                .when().post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static int entityId(String name) {
        return given().when().get("/api/entities?type=PERSON&q={q}&size=100", name)
                .then().statusCode(200).extract().jsonPath().getInt("items.find { it.name == '" + name + "' }.id");
    }

    @Test
    void coOccurrenceProfilesAndTopicSpeakers() {
        String p = "Janet " + surname("Petrovska");
        String r = "Boris " + surname("Ravenko");
        String s = "Carl " + surname("Selinger");
        store(p + " and " + r + " discussed sanctions in Geneva on Monday.\n\n" + p + " said the sanctions would stay in place.", "2024-03-04");
        store(p + " and " + r + " met again in Vienna on Tuesday.\n\n" + r + " said the talks had failed.", "2024-03-05");
        store(p + " spoke to " + s + " about new sanctions.\n\n" + s + " said further sanctions were coming.", "2024-03-06");
        int pid = entityId(p);

        given().when().get("/api/entities/" + pid + "/articles").then().statusCode(200).body("total", equalTo(3));
        given().when().get("/api/entities/" + pid + "/cooccurrences?limit=20")
                .then().statusCode(200)
                .body("[0].name", equalTo(r)).body("[0].sharedArticles", equalTo(2))
                .body("find { it.name == '" + s + "' }.sharedArticles", equalTo(1))
                .body("name", not(hasItem(p)));

        given().when().get("/api/speakers/" + pid)
                .then().statusCode(200)
                .body("name", equalTo(p)).body("quoteCount", equalTo(1)).body("articleCount", equalTo(1))
                .body("firstQuoted", equalTo("2024-03-04T00:00:00Z")).body("lastQuoted", equalTo("2024-03-04T00:00:00Z"))
                .body("topics[0].slug", equalTo("sanctions")).body("topics[0].quoteCount", equalTo(1))
                .body("coMentioned[0].name", equalTo(r));

        given().when().get("/api/topics/sanctions/speakers?size=100")
                .then().statusCode(200).body("items.name", hasItem(p)).body("items.name", hasItem(s));
        given().when().get("/api/topics/weather/speakers").then().statusCode(404);
        given().when().get("/api/entities/987654321/cooccurrences").then().statusCode(404);
        given().when().get("/api/speakers/987654321").then().statusCode(404);
        given().when().get("/api/entities/" + pid + "/cooccurrences?limit=0").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void conditionalGetsAnswer304UntilTheResourceChanges() {
        String p = "Janet " + surname("Etagova");
        long article = store(p + " said the sanctions would stay in place.", "2024-04-01");
        String articleTag = given().when().get("/api/articles/" + article)
                .then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        given().header("If-None-Match", articleTag).when().get("/api/articles/" + article).then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").when().get("/api/articles/" + article).then().statusCode(200);

        int pid = entityId(p);
        String entityTag = given().when().get("/api/entities/" + pid).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", entityTag).when().get("/api/entities/" + pid).then().statusCode(304);

        store("A second report: " + p + " said talks would resume.", "2024-04-02");
        String changed = given().header("If-None-Match", entityTag).when().get("/api/entities/" + pid)
                .then().statusCode(200).body("articleCount", equalTo(2)).extract().header("ETag");
        assertNotEquals(entityTag, changed);
        assertEquals(changed, given().when().get("/api/entities/" + pid).then().extract().header("ETag"));
    }

    @Test
    void timelineBucketsByDayWeekAndMonth() {
        // 1999 is used by no other test, so these are the only arms-control articles in those buckets
        for (String date : List.of("1999-01-04", "1999-01-06", "1999-01-12", "1999-02-01")) {
            store("New START inspections were discussed on " + date + ".\n\nSergei Ryabkov said the New START treaty was in danger. "
                    + UUID.randomUUID(), date);
        }
        List<Map<String, Object>> weeks = given().when().get("/api/topics/arms-control/timeline?interval=week")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.start.startsWith('1999') }");
        // Ryabkov says the same in all four: one statement, counted in the week he first said it
        assertEquals(List.of(Map.of("start", "1999-01-04", "articles", 2, "quotes", 2, "statements", 1),
                Map.of("start", "1999-01-11", "articles", 1, "quotes", 1, "statements", 0),
                Map.of("start", "1999-02-01", "articles", 1, "quotes", 1, "statements", 0)), weeks);
        List<Map<String, Object>> months = given().when().get("/api/topics/arms-control/timeline?interval=month")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.start.startsWith('1999') }");
        assertEquals(List.of(Map.of("start", "1999-01-01", "articles", 3, "quotes", 3, "statements", 1),
                Map.of("start", "1999-02-01", "articles", 1, "quotes", 1, "statements", 0)), months);
        given().when().get("/api/topics/arms-control/timeline?interval=day")
                .then().body("findAll { it.start.startsWith('1999') }.size()", equalTo(4));
        given().when().get("/api/topics/arms-control/timeline?interval=year").then().statusCode(400)
                .body("errors[0].field", equalTo("interval"));
    }

    @Test
    void mergeMovesMentionsAndQuotes() {
        String a = "Janet " + surname("Mergova");
        String b = "Olga " + surname("Dupliova");
        store(a + " said the sanctions would stay in place.", "2024-05-01");
        store(b + " said the sanctions would be lifted.", "2024-05-02");
        int aid = entityId(a);
        int bid = entityId(b);
        given().contentType(ContentType.JSON).body(Map.of("otherId", bid))
                .when().post("/api/entities/" + aid + "/merge")
                .then().statusCode(200)
                .body("name", equalTo(a)).body("articleCount", equalTo(2)).body("quoteCount", equalTo(2))
                .body("surfaceForms", hasItem(b));
        given().when().get("/api/entities/" + bid).then().statusCode(404);
        given().when().get("/api/speakers/" + aid + "/quotes").then().body("total", equalTo(2))
                .body("items.speaker.name", everyItem(equalTo(a)));
        // listings by topic read a copy of each quote's speaker (quote_topic), which the merge moves as well
        given().when().get("/api/quotes?speaker={id}&topic=sanctions", aid).then().body("total", equalTo(2))
                .body("items.speaker.name", everyItem(equalTo(a)));
        given().when().get("/api/quotes?speaker={id}&topic=sanctions", bid).then().body("total", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("otherId", aid))
                .when().post("/api/entities/" + aid + "/merge").then().statusCode(400).body("errors[0].field", equalTo("otherId"));
        given().contentType(ContentType.JSON).body(Map.of("otherId", 987654321))
                .when().post("/api/entities/" + aid + "/merge").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/entities/" + aid + "/merge").then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON);
    }

    @Test
    void quotesExportAsCsvAndNdjson() {
        String p = "Janet " + surname("Exportova");
        store(p + " said the sanctions, which were \"harsh\", would stay.\n\n" + p + " said talks would resume.", "2024-06-01T11:20:00Z");
        String csv = given().when().get("/api/quotes?speaker={p}&format=csv", p)
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("id,articleId,publishedAt,speaker,speakerMention,type,start,end,text", lines[0]);
        assertEquals(3, lines.length, csv);
        assertTrue(lines[1].endsWith(",\"the sanctions, which were \"\"harsh\"\", would stay\""), lines[1]);
        assertTrue(lines[1].contains(",2024-06-01T11:20:00Z,"), "dates as in JSON: " + lines[1]);
        String ndjson = given().when().get("/api/quotes/export?speaker={p}", p)
                .then().statusCode(200).contentType(containsString("application/x-ndjson")).extract().asString();
        List<String> rows = ndjson.lines().toList();
        assertEquals(2, rows.size());
        assertTrue(rows.get(1).contains("\"text\":\"talks would resume\""), rows.get(1));
        given().when().get("/api/quotes?format=xml").then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().when().get("/api/quotes/export?type=rumour").then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON);
    }

    @Test
    void analystEndpointsRejectBadInput() {
        given().when().get("/api/entities/987654321/articles").then().statusCode(404).contentType(ProblemMapper.PROBLEM_JSON);
        given().when().get("/api/topics/weather/timeline").then().statusCode(404).contentType(ProblemMapper.PROBLEM_JSON);
        given().when().get("/api/speakers?from=yesterday").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().when().get("/api/speakers?size=500").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().when().get("/api/speakers/abc").then().statusCode(404).contentType(ProblemMapper.PROBLEM_JSON);
        String p = "Janet " + surname("Badinova");
        store(p + " said the talks would resume.", "2024-07-01");
        int pid = entityId(p);
        given().when().get("/api/speakers/" + pid + "/quotes?type=rumour").then().statusCode(400).body("errors[0].field", equalTo("type"));
        given().when().delete("/api/articles/reextract").then().statusCode(404).contentType(ProblemMapper.PROBLEM_JSON);
        given().when().put("/api/topics").then().statusCode(405).contentType(ProblemMapper.PROBLEM_JSON);
        given().contentType(ContentType.JSON).body("{\"otherId\": \"seven\"}")
                .when().post("/api/entities/" + pid + "/merge").then().statusCode(400).body("errors[0].field", equalTo("otherId"));
    }
}
