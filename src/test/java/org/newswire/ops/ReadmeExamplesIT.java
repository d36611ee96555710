package org.newswire.ops;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's API examples, run in their order against the packaged embedded service started as a
 * new user starts it (samples loaded on first start): every curl line must answer as the README
 * says, so the examples cannot drift from the service again.
 */
class ReadmeExamplesIT {

    @TempDir
    Path dir;
    private ServiceProcess service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.kill();
        }
    }

    /** The command up to a pipe outside quotes (a topic phrase's "(a|b)" inside a JSON body is no pipe). */
    static String beforePipe(String command) {
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (quote == 0 && c == '|') {
                return command.substring(0, i).stripTrailing();
            }
        }
        return command;
    }

    /** The curl commands of the README's "API examples" block, continuation lines joined, comments dropped. */
    static List<String> examples() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## API examples");
        int open = readme.indexOf("```bash\n", section) + 8;
        String block = readme.substring(open, readme.indexOf("```", open)).replace("\\\n", " ");
        List<String> out = new ArrayList<>();
        for (String line : block.split("\n")) {
            String command = line.replaceAll("\\s+#.*$", "").strip();
            if (command.startsWith("curl ")) {
                out.add(command);
            }
        }
        return out;
    }

    @Test
    void everyExampleAnswersAsDocumented() throws Exception {
        service = ServiceProcess.start(ServiceProcess.H2_JAR, dir, "newswire.db.path=" + dir.resolve("db"),
                "newswire.samples.load-on-start=true");
        RestAssured.port = service.port;
        for (int i = 0; i < 240 && given().get("/api/articles?size=1").then().extract().jsonPath().getInt("total") < 3; i++) {
            Thread.sleep(250); // the samples are stored once the models have loaded
        }
        String job = "none";
        String etag = "none";
        List<String> examples = examples();
        assertTrue(examples.size() > 30, "examples found: " + examples.size());
        for (String example : examples) {
            String command = example.replace("localhost:8080", "localhost:" + service.port)
                    .replace("<job id>", job).replace("<etag from above>", etag.replace("\"", ""));
            // only the status is checked: what goes to a pipe or a file is left out
            command = beforePipe(command).replaceAll("\\s*>\\s*\\S+$", "")
                    + " -o " + dir.resolve("body") + " -D " + dir.resolve("headers") + " -w '%{http_code}'";
            Process p = new ProcessBuilder("bash", "-c", command).directory(Path.of("").toAbsolutePath().toFile())
                    .redirectErrorStream(true).start();
            String status = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String headers = Files.readString(dir.resolve("headers"));
            int code = Integer.parseInt(status.substring(Math.max(0, status.length() - 3)));
            boolean expected = example.contains("If-None-Match") ? code == 304
                    : example.contains("/merge") ? code == 200 || code == 409
                    : code >= 200 && code < 300;
            assertTrue(expected, code + " for " + example + "\n" + Files.readString(dir.resolve("body")));
            for (String h : headers.split("\r\n")) {
                if (h.toLowerCase().startsWith("location:") && h.contains("/api/jobs/")) {
                    job = h.substring(h.lastIndexOf('/') + 1).strip();
                }
                if (h.toLowerCase().startsWith("etag:")) {
                    etag = h.substring(5).strip();
                }
            }
        }
        assertEquals(404, given().get("/api/articles/1").then().extract().statusCode(), "the last example deleted article 1");
    }
}
