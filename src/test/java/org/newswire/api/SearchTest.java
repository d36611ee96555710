package org.newswire.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Full-text search over a fixture of 20 articles sharing one source; a made-up word that appears
 * nowhere else stands for the search term, so which articles match and in what order is known.
 */
@QuarkusTest
class SearchTest {

    private static String word() {
        Random random = new Random();
        StringBuilder sb = new StringBuilder("zq");
        for (int i = 0; i < 7; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    private static long store(String source, String title, String text, String date) {
        Map<String, Object> body = new HashMap<>(Map.of("source", source, "text", text, "publishedAt", date));
        if (title != null) {
            body.put("title", title);
        }
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void rankingPhrasesHighlightsAndConsistency() {
        String w = word();
        String source = "Search Wire " + w;
        String filler = "Officials met in Geneva on Monday and discussed trade, weather, sports and many other matters at length. ";
        long three = store(source, "Talks", "The " + w + " plan was discussed. The " + w + " plan was criticised. The " + w + " plan survived.", "2024-01-03");
        long once = store(source, "Talks", filler.repeat(6) + "The " + w + " plan came up once.", "2024-01-04");
        long phrase = store(source, "Treaty", "Negotiators said the " + w + " treaty would be signed in May.", "2024-01-05");
        long apart = store(source, "Treaty", "The treaty was delayed, and the " + w + " question stayed open.", "2024-01-06");
        for (int i = 0; i < 16; i++) {
            store(source, "Filler " + i, filler + "Item " + i + " of " + w.substring(0, 4) + " filler.", "2024-02-" + String.format("%02d", i + 1));
        }
        assertEquals(20, given().when().get("/api/articles?source={s}&size=1", source).then().extract().jsonPath().getInt("total"));

        List<Integer> ranked = given().when().get("/api/articles?source={s}&q={q}", source, w)
                .then().statusCode(200).body("total", equalTo(4))
                .body("items[0].highlight", containsString("<em>" + w + "</em>"))
                .extract().jsonPath().getList("items.id");
        assertTrue(ranked.indexOf((int) three) < ranked.indexOf((int) once), "three matches in a short text outrank one in a long text: " + ranked);

        given().when().get("/api/articles?source={s}&q={q}", source, "\"" + w + " treaty\"")
                .then().body("items.id", equalTo(List.of((int) phrase)));
        given().when().get("/api/articles?source={s}&q={q}&sort=publishedAt", source, w)
                .then().body("items.id", equalTo(List.of((int) three, (int) once, (int) phrase, (int) apart)));
        given().when().get("/api/articles?source={s}&q={q}&from=2024-01-05", source, w)
                .then().body("items.id", hasItem((int) apart)).body("total", equalTo(2));
        given().when().get("/api/articles?source={s}&q={q}&size=1&page=1", source, w)
                .then().body("total", equalTo(4)).body("items.id", equalTo(List.of(ranked.get(1))));
        given().when().get("/api/articles?source={s}", source).then().body("items[0].highlight", nullValue());
        // with no other filter the index alone pages and counts: same order, same total, empty past the end
        given().when().get("/api/articles?q={q}", w).then().body("total", equalTo(4)).body("items.id", equalTo(ranked));
        given().when().get("/api/articles?q={q}&size=1&page=2", w)
                .then().body("total", equalTo(4)).body("items.id", equalTo(List.of(ranked.get(2))))
                .body("items[0].highlight", containsString("<em>" + w + "</em>"));
        given().when().get("/api/articles?q={q}&size=2&page=3", w).then().body("total", equalTo(4)).body("items", hasSize(0));

        given().when().get("/api/quotes?q={q}", w + " treaty")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].text", equalTo("the " + w + " treaty would be signed in May"))
                .body("items[0].highlight", containsString("<em>" + w + "</em>"));

        given().when().post("/api/articles/" + phrase + "/reextract").then().statusCode(200);
        given().when().get("/api/quotes?q={q}", w + " treaty").then().body("total", equalTo(1));
        given().when().delete("/api/articles/" + phrase).then().statusCode(204);
        given().when().get("/api/articles?q={q}", "\"" + w + " treaty\"").then().body("total", equalTo(0));
        given().when().get("/api/quotes?q={q}", w + " treaty").then().body("total", equalTo(0));
    }

    @Test
    void oddQueriesAreSearchedNotFailed() {
        for (String q : List.of("\"unbalanced", "AND", "(", "title:", "*", "a OR", "🚀 Пе́сков")) {
            given().when().get("/api/articles?q={q}", q).then().statusCode(200);
            given().when().get("/api/quotes?q={q}", q).then().statusCode(200);
        }
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        String w = word();
        store("Stem Wire " + w, "Sanctions " + w, "Officials said new sanctions on " + w + " companies were coming.", "2024-03-01");
        given().when().get("/api/articles?q={q}", "sanction " + w).then().body("total", equalTo(1))
                .body("items.source", everyItem(equalTo("Stem Wire " + w)));
    }
}
