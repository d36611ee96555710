package org.newswire.ops;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Two instances of the production build share one PostgreSQL database: the same article posted to
 * both at the same moment is stored once, two different articles that name the same new person at the
 * same moment both land, with that person stored once, each instance's search finds what went in
 * through the other, a topic defined through one is used by the other, and two copies of a story
 * stored through the two at once are one story whose quote is one statement.
 */
class MultiInstanceIT {

    private static final String SERVER = System.getProperty("pg.server", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String DATABASE = "newswire_multi_it";
    private static final String[] NEW_PEOPLE = {"Anatoly Brusnikin", "Yelena Korovina", "Viktor Ozerkov", "Marina Tsvetkova",
            "Oleg Parshin", "Irina Lobanova"};

    @TempDir
    Path dir;
    private final List<ServiceProcess> services = new ArrayList<>();

    @BeforeEach
    void freshDatabase() throws Exception {
        assumeFalse(Boolean.getBoolean("skipPg"), "PostgreSQL runs were turned off with -DskipPg");
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (ServiceProcess s : services) {
            s.kill();
        }
    }

    /** Two instances of the production build on the one database, each with a search index of its own. */
    private void startTwo() throws Exception {
        for (String name : List.of("a", "b")) {
            services.add(ServiceProcess.start(ServiceProcess.PG_JAR, dir,
                    "quarkus.datasource.jdbc.url=" + SERVER + DATABASE, "newswire.db.path=" + dir.resolve(name)));
        }
    }

    @Test
    void simultaneousWritesToTwoInstancesNeitherDuplicateNorFail() throws Exception {
        startTwo();
        int a = services.get(0).port;
        int b = services.get(1).port;

        for (int round = 0; round < NEW_PEOPLE.length; round++) {
            String sameUrl = "https://example.org/same/" + round;
            String same = "Kremlin spokesman Dmitry Peskov said on day " + round + " that relations with Washington would remain bad.";
            List<Response> sameArticle = atOnce(
                    () -> post(a, Map.of("text", same, "url", sameUrl)),
                    () -> post(b, Map.of("text", same, "url", sameUrl)));
            List<Integer> statuses = sameArticle.stream().map(Response::statusCode).sorted().toList();
            assertEquals(List.of(200, 201), statuses, "one instance creates, the other finds it (round " + round + ")");
            assertEquals(sameArticle.get(0).jsonPath().getLong("id"), sameArticle.get(1).jsonPath().getLong("id"));

            String person = NEW_PEOPLE[round];
            List<Response> sharedPerson = atOnce(
                    () -> post(a, Map.of("text", "\"We will not sign it,\" " + person + " told reporters in Moscow on Monday.")),
                    () -> post(b, Map.of("text", person + " said the treaty was dead. \"Nobody in Geneva believes otherwise,\" "
                            + person.split(" ")[1] + " added.")));
            for (Response r : sharedPerson) {
                assertEquals(201, r.statusCode(), r.asString());
            }
            given().port(a).queryParam("q", person).get("/api/entities")
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo(person));
            given().port(b).queryParam("speaker", person).get("/api/quotes")
                    .then().statusCode(200).body("total", equalTo(3)); // one quote in the first article, two in the second
        }
        given().port(a).get("/api/articles?size=1").then().body("total", equalTo(3 * NEW_PEOPLE.length));
        given().port(b).get("/api/articles?size=1").then().body("total", equalTo(3 * NEW_PEOPLE.length));

        // each instance has its own search index: what went in through the other one is found after its next sync
        for (int port : List.of(a, b)) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            List<Integer> found;
            while (!(found = List.of(searchTotal(port, "\"" + NEW_PEOPLE[0] + "\""), searchTotal(port, "Peskov relations")))
                    .equals(List.of(2, NEW_PEOPLE.length)) && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertEquals(List.of(2, NEW_PEOPLE.length), found, "articles naming " + NEW_PEOPLE[0] + ", and Peskov's, found through port " + port);
        }

        // a re-extraction through one instance gives the quotes new ids; the other's search follows
        String phrase = "\"Nobody in Geneva believes otherwise\"";
        long article = given().port(b).queryParam("q", phrase).get("/api/quotes?size=1").then().extract().jsonPath().getLong("items[0].articleId");
        given().port(a).post("/api/articles/" + article + "/reextract").then().statusCode(200);
        List<Integer> fresh = given().port(a).get("/api/articles/" + article).then().extract().jsonPath().getList("quotes.id");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<Integer> seen;
        while (!((seen = quoteIds(b, phrase)).size() == NEW_PEOPLE.length && seen.stream().anyMatch(fresh::contains))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertEquals(NEW_PEOPLE.length, seen.size(), "every such quote is found through port " + b + ": " + seen);
        assertTrue(seen.stream().anyMatch(fresh::contains), "the re-extracted article's new quote ids are found: " + seen);

        // a topic defined through one instance is used by the other's extraction after its next poll
        given().port(a).contentType(ContentType.JSON).body(Map.of("slug", "energy-security", "label", "Energy security",
                "phrases", List.of(Map.of("phrase", "(gas|oil) (supply|supplies)", "weight", 1)))).post("/api/topics").then().statusCode(201);
        Map<String, String> story = Map.of("text", "Europe's gas supply fell again on Tuesday.\n\nOil supplies held up, officials said.");
        deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<String> topics;
        while (!(topics = given().port(b).contentType(ContentType.JSON).body(story).post("/api/extract").then().statusCode(200)
                .extract().jsonPath().getList("topics")).contains("energy-security") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertEquals(List.of("energy-security"), topics, "the new topic is used through port " + b);
    }

    @Test
    void copiesPostedToTwoInstancesAtOnceShareAStoryAndAStatement() throws Exception {
        startTwo();
        int a = services.get(0).port;
        int b = services.get(1).port;
        for (int round = 0; round < NEW_PEOPLE.length; round++) {
            String person = NEW_PEOPLE[round];
            String surname = person.split(" ")[1];
            String original = person + " told reporters in Geneva on day " + round + " that the talks on strategic stability had stalled.\n"
                    + "\"We see no sign that Washington is ready to discuss our concerns, and without that there is nothing to sign,\" "
                    + surname + " said.\nThe two delegations are due to meet again next month, diplomats said.";
            // the republished copy: its own headline, the last paragraph cut
            String copy = "Talks stalled, says " + surname + "\n" + original.substring(0, original.lastIndexOf('\n'));
            List<Response> copies = atOnce(() -> post(a, Map.of("text", original, "source", "Wire One")),
                    () -> post(b, Map.of("text", copy, "source", "Wire Two")));
            List<Long> stories = new ArrayList<>();
            List<Object> statements = new ArrayList<>();
            for (Response r : copies) {
                assertEquals(201, r.statusCode(), r.asString());
                var stored = given().port(a).get("/api/articles/" + r.jsonPath().getLong("id")).then().statusCode(200).extract().jsonPath();
                stories.add(stored.getLong("storyId"));
                statements.add(stored.getList("quotes.findAll { it.type == 'direct' }.statementId"));
            }
            assertEquals(stories.get(0), stories.get(1), "copies stored through two instances at once share a story (round " + round + ")");
            assertEquals(statements.get(0), statements.get(1), "and their quote is one statement (round " + round + ")");
            // each round's texts follow one template, so every round joins the one story: it grows by two a round
            given().port(b).get("/api/stories/" + stories.get(0)).then().statusCode(200)
                    .body("articleCount", equalTo(2 * (round + 1))).body("sourceCount", equalTo(2))
                    .body("articles.id", hasItems(copies.get(0).jsonPath().getInt("id"), copies.get(1).jsonPath().getInt("id")));
        }
    }

    private static List<Integer> quoteIds(int port, String q) {
        return given().port(port).queryParam("q", q).get("/api/quotes?size=100").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private static int searchTotal(int port, String q) {
        return given().port(port).queryParam("q", q).get("/api/articles").then().statusCode(200).extract().jsonPath().getInt("total");
    }

    private static Response post(int port, Map<String, String> article) {
        return given().port(port).contentType(ContentType.JSON).body(article).post("/api/articles");
    }

    /** Runs both calls from two threads released together, so the requests race. */
    @SafeVarargs
    private static List<Response> atOnce(Supplier<Response>... calls) {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        try {
            List<CompletableFuture<Response>> running = new ArrayList<>();
            for (Supplier<Response> call : calls) {
                running.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return call.get();
                }, threads));
            }
            return running.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdown();
        }
    }
}
