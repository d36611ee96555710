package org.newswire.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
public class ReadEndpointsTest {

    /** A sanctions story with a named speaker whose name no other test uses. */
    public static long storeSanctionsStory(String speakerSurname) {
        String text = """
                The U.S. Treasury Department on Friday imposed sanctions on 70 Russian companies and froze their assets.

                Treasury Secretary Janet %1$s said the sanctions package would cut Moscow off from the financial system.

                "These sanctions will raise the cost of the war for the Kremlin," %1$s told reporters in Washington.

                Kremlin spokesman Dmitry Peskov said the new sanctions were illegal.""".formatted(speakerSurname);
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "title", "US imposes new sanctions on Russian firms", "publishedAt", "2024-02-23"))
                .when().post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void quotesFilterBySpeakerTopicAndType() {
        String surname = "Yellenova" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        long id = storeSanctionsStory(surname);
        given().when().get("/api/quotes?speaker={s}&topic=sanctions", surname)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.speaker.name", everyItem(equalTo("Janet " + surname)))
                .body("items.articleId", everyItem(equalTo((int) id)))
                .body("items.type", equalTo(List.of("indirect", "direct")));
        given().when().get("/api/quotes?speaker={s}&type=direct", surname)
                .then().body("total", equalTo(1))
                .body("items[0].text", equalTo("These sanctions will raise the cost of the war for the Kremlin"));
        given().when().get("/api/quotes?speaker=Janet {s}&q=FINANCIAL", surname)
                .then().body("total", equalTo(1));
        given().when().get("/api/quotes?speaker={s}&topic=arms-control", surname)
                .then().body("total", equalTo(0));
    }

    @Test
    void quotesFilterByPublicationDate() {
        String surname = "Datova" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        storeSanctionsStory(surname); // published 2024-02-23
        given().when().get("/api/quotes?speaker={s}&to=2024-02-23", surname).then().statusCode(200).body("total", equalTo(2));
        given().when().get("/api/quotes?speaker={s}&from=2024-02-24", surname).then().body("total", equalTo(0));
        given().when().get("/api/quotes?speaker={s}&from=2024-02-01&to=2024-02-28", surname).then().body("total", equalTo(2));
        given().when().get("/api/quotes?from=last%20week").then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void speakersWithCountsAndTheirQuotes() {
        String surname = "Spekova" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        storeSanctionsStory(surname);
        storeSanctionsStory(surname + "x"); // another speaker, so ordering and filtering have something to do
        int id = given().when().get("/api/speakers?topic=sanctions&from=2024-02-23&to=2024-02-23&size=100")
                .then().statusCode(200)
                .body("items.find { it.name == 'Janet " + surname + "' }.quoteCount", equalTo(2))
                .body("items.find { it.name == 'Janet " + surname + "' }.articleCount", equalTo(1))
                .body("items.find { it.name == 'Janet " + surname + "' }.firstQuoted", equalTo("2024-02-23T00:00:00Z"))
                .extract().jsonPath().getInt("items.find { it.name == 'Janet " + surname + "' }.id");
        given().when().get("/api/speakers/" + id + "/quotes?type=direct")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].speaker.name", equalTo("Janet " + surname));
        given().when().get("/api/speakers/987654321/quotes").then().statusCode(404).contentType(ProblemMapper.PROBLEM_JSON);
        given().when().get("/api/speakers?topic=weather").then().statusCode(400).body("errors[0].field", equalTo("topic"));
    }

    @Test
    void quoteParametersAreChecked() {
        given().when().get("/api/quotes?type=rumour").then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON)
                .body("errors[0].field", equalTo("type"));
        given().when().get("/api/quotes?article=abc").then().statusCode(400).body("errors[0].field", equalTo("article"));
        given().when().get("/api/quotes?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void entitiesListWithCountsAndDetail() {
        String surname = "Brokov" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        storeSanctionsStory(surname);
        int id = given().when().get("/api/entities?type=PERSON&q=janet " + surname.substring(0, 4).toLowerCase())
                .then().statusCode(200)
                .body("items.name", hasItem("Janet " + surname))
                .extract().jsonPath().getInt("items.find { it.name == 'Janet " + surname + "' }.id");
        given().when().get("/api/entities/" + id)
                .then().statusCode(200)
                .body("type", equalTo("PERSON"))
                .body("articleCount", equalTo(1))
                .body("mentionCount", equalTo(2))
                .body("quoteCount", equalTo(2))
                .body("surfaceForms", hasItems("Janet " + surname, surname));
        given().when().get("/api/entities?type=PERSON&q={q}", surname.substring(0, 5).toLowerCase())
                .then().body("items.name", hasItem("Janet " + surname));
        given().when().get("/api/entities?type=ORGANIZATION&q=u.s. treasury")
                .then().body("items[0].name", equalTo("U.S. Treasury Department"))
                .body("items[0].articleCount", greaterThanOrEqualTo(1));
    }

    @Test
    void entityErrors() {
        given().when().get("/api/entities/987654321").then().statusCode(404).contentType(ProblemMapper.PROBLEM_JSON);
        given().when().get("/api/entities?type=ANIMAL").then().statusCode(400).body("errors[0].field", equalTo("type"));
    }

    @Test
    void topicsWithCountsAndArticles() {
        long id = storeSanctionsStory("Topicson");
        given().when().get("/api/topics")
                .then().statusCode(200)
                .body("slug", equalTo(List.of("arms-control", "election-interference", "sanctions")))
                .body("find { it.slug == 'sanctions' }.articleCount", greaterThanOrEqualTo(1));
        given().when().get("/api/topics/sanctions/articles?size=100")
                .then().statusCode(200).body("items.id", hasItem((int) id));
        given().when().get("/api/topics/weather/articles")
                .then().statusCode(404).contentType(ProblemMapper.PROBLEM_JSON).body("detail", containsString("weather"));
    }

    @Test
    void metricsCountIngestAndTimeExtraction() {
        storeSanctionsStory("Metricova");
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("newswire_articles_ingested_total"), "ingest counter");
        assertTrue(metrics.contains("newswire_extraction_stage_seconds_count{stage=\"corenlp\"}"), "per-stage timer");
        assertTrue(metrics.contains("http_server_requests_seconds_count"), "HTTP timings");
    }

    @Test
    void corsAllowsTheConfiguredFrontend() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET")
                .when().options("/api/quotes")
                .then().header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
    }

    @Test
    void openApiAndHealthAreServed() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/extract'.post.summary", equalTo("Extract without storing"))
                .body("paths.'/api/articles'.get.parameters.name", hasItems("page", "size", "topic", "speaker", "q"))
                .body("paths.'/api/articles/{id}'.get.responses.'404'.$ref", equalTo("#/components/responses/NotFound"))
                .body("components.responses.NotFound.content.'application/problem+json'.schema.$ref", equalTo("#/components/schemas/Problem"))
                .body("info.title", equalTo("Newswire Quotes API"));
        // an extraction waits for the models if they are still loading; after it the check runs its probe
        given().contentType(ContentType.JSON).body(Map.of("text", "Peskov said talks would go on.")).post("/api/extract")
                .then().statusCode(200);
        given().when().get("/q/health")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("extraction-pipeline", "Database connections health check"))
                .body("checks.find { it.name == 'extraction-pipeline' }.data.models", equalTo("loaded"))
                .body("checks.find { it.name == 'extraction-pipeline' }.data.probeQuotes", equalTo(1));
    }
}
