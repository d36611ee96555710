package org.newswire.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswire.api.AnalystQueriesTest.store;
import static org.newswire.api.AnalystQueriesTest.surname;

/** Odd input that once answered 500 or stored what it should not: each now gets a clear answer. */
@QuarkusTest
class InputHardeningTest {

    private static Map<String, Object> article(String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        return body;
    }

    @Test
    void aSpeakerNamedWithHundredsOfWordsIsStoredWithoutSuchAName() {
        // 1,200 characters of "name": more than an entity name's 500-character column
        String text = "\"We will appeal the ruling,\" said " + "Zed ".repeat(300) + "Kovalar on Monday. " + surname("ref");
        given().contentType(ContentType.JSON).body(article(text)).when().post("/api/articles").then().statusCode(201);
        given().contentType(ContentType.JSON).body(List.of(article(text + " again"), article("Ryabkov said talks would resume. " + surname("ref"))))
                .when().post("/api/articles/batch").then().statusCode(200).body("created", equalTo(2));
    }

    @Test
    void datesOutsideWhatEveryTimelineCanHoldAreRefused() {
        for (String date : List.of("+999999999-12-31T23:59:59-18:00", "0001-01-01", "2024-03-06T10:00:00+18:00")) {
            Map<String, Object> body = article("Ryabkov said talks would resume. " + surname("date"));
            body.put("publishedAt", date);
            given().contentType(ContentType.JSON).body(body).when().post("/api/articles")
                    .then().statusCode(400).body("errors[0].field", equalTo("publishedAt"));
        }
        given().when().get("/api/topics/arms-control/timeline").then().statusCode(200);
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreDefused() {
        String p = "Janet " + surname("Formulova");
        store(p + " said: \"=HYPERLINK(1) was the answer we gave, every single time.\"", "2024-06-01");
        String csv = given().when().get("/api/quotes?speaker={p}&format=csv", p).then().statusCode(200).extract().asString();
        assertTrue(csv.contains("\"'=HYPERLINK(1) was the answer") && !csv.contains("\"=HYPERLINK"), csv);
    }

    @Test
    void reExtractionsOfOneArticleAtOnceTakeTurns() throws Exception {
        long id = store("Sergei Ryabkov said the inspections would resume in Geneva. " + surname("re"), "2024-05-01");
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                statuses.add(clients.submit(() -> given().when().post("/api/articles/" + id + "/reextract").then().extract().statusCode()));
            }
            statuses.add(clients.submit(() -> given().when().delete("/api/articles/" + id).then().extract().statusCode()));
            for (Future<Integer> s : statuses) {
                int status = s.get();
                assertTrue(status == 200 || status == 204 || status == 404, "status " + status);
            }
        } finally {
            clients.shutdownNow();
        }
        given().when().get("/api/articles/" + id).then().statusCode(404);
    }

    @Test
    void controlAndBidiCharactersAreRefusedAndNamesAreOneInAnyNormalForm() {
        for (String title : List.of("Nul\u0000title", "Esc\u001btitle", "Right\u202eto left", "Lone \ud800 surrogate")) {
            Map<String, Object> body = article("Ryabkov said talks would resume. " + surname("ctl"));
            body.put("title", title);
            given().contentType(ContentType.JSON).body(body).when().post("/api/articles")
                    .then().statusCode(400).body("errors[0].field", equalTo("title"));
        }
        String name = "Zoë " + surname("Lefèvre");
        store(Normalizer.normalize(name, Normalizer.Form.NFC) + " said the museum would reopen.", "2024-05-01");
        store(Normalizer.normalize(name, Normalizer.Form.NFD) + " said the collection would grow.", "2024-05-02");
        given().when().get("/api/quotes?speaker={n}", Normalizer.normalize(name, Normalizer.Form.NFC)).then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].speaker.name", containsString("Lef"));
    }
}
