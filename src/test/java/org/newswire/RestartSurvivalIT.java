package org.newswire;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
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
    private Process process;

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void acknowledgedArticlesSurviveAKill() throws Exception {
        int port = freePort();
        process = start(port);
        Map<Long, String> stored = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            String text = "Kremlin spokesman Dmitry Peskov said relations with the United States would remain bad. (" + i + ")";
            long id = given().port(port).contentType(ContentType.JSON).body(Map.of("text", text, "title", "Restart " + i))
                    .when().post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
            stored.put(id, text);
        }

        // SIGKILL straight after the last 201: no shutdown hook, no chance to flush
        process.destroyForcibly().waitFor();
        process = start(port);

        // the search index is on disk beside the database and answers after the restart as well
        given().port(port).when().get("/api/articles?q=Peskov relations&size=100")
                .then().statusCode(200).body("total", equalTo(stored.size()));
        for (Map.Entry<Long, String> article : stored.entrySet()) {
            given().port(port).when().get("/api/articles/" + article.getKey())
                    .then().statusCode(200)
                    .body("text", equalTo(article.getValue()))
                    .body("quotes[0].speaker.name", equalTo("Dmitry Peskov"));
        }
    }

    @Test
    void batchKilledMidwayLeavesWholeArticlesOnlyAndCompletesOnRepost() throws Exception {
        int port = freePort();
        process = start(port);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(Map.of("text", "Kremlin spokesman Dmitry Peskov said relations with the United States would remain bad."
                    + "\n\nThe talks in Geneva ended on day " + i + ".", "url", "https://example.org/batch/" + i));
        }
        Thread poster = new Thread(() -> {
            try {
                given().port(port).contentType(ContentType.JSON).body(batch).post("/api/articles/batch");
            } catch (Exception expected) {
                // the process is killed under it
            }
        });
        poster.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (total(port) < 3 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        process.destroyForcibly().waitFor();
        poster.join(10_000);
        process = start(port);

        int stored = total(port);
        assertTrue(stored >= 3 && stored <= 20, "stored " + stored);
        List<Integer> ids = given().port(port).get("/api/articles?size=100").then().extract().jsonPath().getList("items.id");
        for (int id : ids) {
            given().port(port).get("/api/articles/" + id).then().statusCode(200)
                    .body("quotes.size()", equalTo(1)).body("entities.name", hasItem("Dmitry Peskov"));
        }
        given().port(port).get("/api/articles?q=Peskov relations&size=100").then().body("total", equalTo(stored));

        given().port(port).contentType(ContentType.JSON).body(batch).post("/api/articles/batch")
                .then().statusCode(200).body("created", equalTo(20 - stored)).body("duplicates", equalTo(stored))
                .body("rejected", equalTo(0));
        assertEquals(20, total(port));
        given().port(port).get("/api/quotes?speaker=Peskov&size=1").then().body("total", equalTo(20));
    }

    private static int total(int port) {
        try {
            return given().port(port).get("/api/articles?size=1").then().extract().jsonPath().getInt("total");
        } catch (Exception notYet) {
            return 0;
        }
    }

    private Process start(int port) throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.exists(jar), "package the service first: " + jar);
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dquarkus.http.port=" + port, "-Dnewswire.db.path=" + dir.resolve("db"),
                "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("service-" + Instant.now().toEpochMilli() + ".log").toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertTrue(p.isAlive(), "service exited early; see logs in " + dir);
            try {
                if (RestAssured.given().port(port).get("/q/health/ready").statusCode() == 200) {
                    return p;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("service did not become ready on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
