package org.newswire.ops;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the packaged service twice on one H2 file and index: what the first process acknowledged,
 * the second, started after the first was killed, still serves and finds; a batch killed midway
 * leaves only whole articles and completes without duplicates when posted again.
 */
class RestartSurvivalIT {

    @TempDir
    Path dir;
    private ServiceProcess service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.kill();
        }
    }

    private ServiceProcess start() throws Exception {
        return ServiceProcess.start(ServiceProcess.H2_JAR, dir, "newswire.db.path=" + dir.resolve("db"));
    }

    @Test
    void acknowledgedArticlesSurviveAKill() throws Exception {
        service = start();
        Map<Long, String> stored = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            String text = "Kremlin spokesman Dmitry Peskov said relations with the United States would remain bad. (" + i + ")";
            long id = given().port(service.port).contentType(ContentType.JSON).body(Map.of("text", text, "title", "Restart " + i))
                    .when().post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
            stored.put(id, text);
        }

        // SIGKILL straight after the last 201: no shutdown hook, no chance to flush
        service.kill();
        service = start();

        // the search index is on disk beside the database and answers after the restart as well
        given().port(service.port).when().get("/api/articles?q=Peskov relations&size=100")
                .then().statusCode(200).body("total", equalTo(stored.size()));
        for (Map.Entry<Long, String> article : stored.entrySet()) {
            given().port(service.port).when().get("/api/articles/" + article.getKey())
                    .then().statusCode(200)
                    .body("text", equalTo(article.getValue()))
                    .body("quotes[0].speaker.name", equalTo("Dmitry Peskov"));
        }
    }

    @Test
    void batchKilledMidwayLeavesWholeArticlesOnlyAndCompletesOnRepost() throws Exception {
        service = start();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(Map.of("text", "Kremlin spokesman Dmitry Peskov said relations with the United States would remain bad."
                    + "\n\nThe talks in Geneva ended on day " + i + ".", "url", "https://example.org/batch/" + i));
        }
        int port = service.port;
        Thread poster = new Thread(() -> {
            try {
                given().port(port).contentType(ContentType.JSON).body(batch).post("/api/articles/batch");
            } catch (Exception expected) {
                // the process is killed under it
            }
        });
        poster.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (total(service.port) < 3 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        service.kill();
        poster.join(10_000);
        service = start();

        int stored = total(service.port);
        assertTrue(stored >= 3 && stored <= 20, "stored " + stored);
        List<Integer> ids = given().port(service.port).get("/api/articles?size=100").then().extract().jsonPath().getList("items.id");
        for (int id : ids) {
            given().port(service.port).get("/api/articles/" + id).then().statusCode(200)
                    .body("quotes.size()", equalTo(1)).body("entities.name", hasItem("Dmitry Peskov"));
        }
        given().port(service.port).get("/api/articles?q=Peskov relations&size=100").then().body("total", equalTo(stored));

        given().port(service.port).contentType(ContentType.JSON).body(batch).post("/api/articles/batch")
                .then().statusCode(200).body("created", equalTo(20 - stored)).body("duplicates", equalTo(stored))
                .body("rejected", equalTo(0));
        assertEquals(20, total(service.port));
        given().port(service.port).get("/api/quotes?speaker=Peskov&size=1").then().body("total", equalTo(20));
    }

    private static int total(int port) {
        try {
            return given().port(port).get("/api/articles?size=1").then().extract().jsonPath().getInt("total");
        } catch (Exception notYet) {
            return 0;
        }
    }
}
