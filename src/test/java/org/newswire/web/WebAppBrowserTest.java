package org.newswire.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web app in headless Chromium (Debian's chromium and chromedriver, which .ci/run installs): each
 * test does what an analyst would and checks what the page shows, and saves a screenshot under
 * target/ui/.
 */
@QuarkusTest
class WebAppBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebDriver browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.err.println("WARNING: no " + CHROMIUM + " or " + CHROMEDRIVER + ": the browser tests are skipped "
                    + "(apt-get install chromium chromium-driver, as .ci/run does)");
        }
        assumeTrue(present, "headless chromium is not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebElement open(String hash, By until) {
        browser.get(root + hash);
        return waitFor(until);
    }

    private static WebElement waitFor(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "ui"));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static JsonNode sample(String name) throws Exception {
        try (InputStream in = WebAppBrowserTest.class.getResourceAsStream("/samples/" + name)) {
            return JSON.readTree(in);
        }
    }

    /** Stores an article through the API (as another user would have), answering its id. */
    private static long store(Object article) {
        return given().contentType(ContentType.JSON).body(article).when().post("/api/articles")
                .then().extract().jsonPath().getLong("id");
    }

    @Test
    void aPastedArticleShowsPeskovsQuoteMarkedWithHisName() throws Exception {
        open("#/read", By.id("read-text"));
        WebElement text = browser.findElement(By.id("read-text"));
        // set the value in one step: typing 1,500 characters key by key is slow
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", text,
                sample("kremlin-election-2024.json").get("text").asText());
        browser.findElement(By.id("read-go")).click();
        WebElement quote = waitFor(By.cssSelector("mark.quote.direct[data-speaker='Dmitry Peskov']"));
        assertTrue(quote.getText().startsWith("We have never interfered in elections"), quote.getText());
        assertTrue(quote.getAttribute("title").contains("direct quote by Dmitry Peskov"), quote.getAttribute("title"));
        assertEquals("0", quote.getAttribute("tabindex"), "quotes are reachable by keyboard");
        assertFalse(browser.findElements(By.cssSelector(".entity.PERSON[title^='Dmitry Peskov']")).isEmpty());
        screenshot("read-article");
    }

    @Test
    void aSearchForNewStartShowsAHighlightedHit() throws Exception {
        store(sample("ryabkov-new-start-midterms.json"));
        open("#/search?kind=quotes&q=%22New%20START%22", By.cssSelector("#search-result .snippet em"));
        List<String> marked = browser.findElements(By.cssSelector("#search-result .snippet em")).stream().map(WebElement::getText).toList();
        assertTrue(marked.stream().anyMatch(m -> m.toLowerCase().contains("start")), marked.toString());
        open("#/search?kind=articles&q=%22New%20START%22", By.cssSelector("#search-result .snippet em"));
        screenshot("search");
    }

    @Test
    void aSpeakersPageDrawsTheChartWithTheirQuotes() throws Exception {
        store(sample("kremlin-election-2024.json"));
        store(sample("peskov-sanctions-2024.json"));
        int peskov = given().when().get("/api/entities?type=PERSON&q=Dmitry Peskov").then().extract().jsonPath()
                .getInt("items.find { it.name == 'Dmitry Peskov' }.id");
        WebElement chart = open("#/speaker/" + peskov, By.cssSelector("#speaker-chart canvas"));
        WebElement box = browser.findElement(By.id("speaker-chart"));
        assertTrue(Integer.parseInt(box.getAttribute("data-points")) >= 2, "points for March and April 2024: " + box.getAttribute("data-points"));
        assertTrue(chart.getSize().getWidth() > 200);
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Dmitry Peskov"));
        screenshot("speaker");
        open("#/speaker/" + peskov + "?interval=week", By.cssSelector("#speaker-chart canvas"));
        assertTrue(browser.findElement(By.cssSelector(".u-title")).getText().contains("per week"));
        assertTrue(Integer.parseInt(browser.findElement(By.id("speaker-chart")).getAttribute("data-points")) >= 2);
    }

    @Test
    void aBatchFileIsIngestedAndEachItemsOutcomeShown() throws Exception {
        String tag = UUID.randomUUID().toString();
        Path file = Files.createTempFile("batch", ".ndjson");
        Files.writeString(file, JSON.writeValueAsString(Map.of("text", "Mayor Ana Ruiz said the bridge would reopen in May. " + tag)) + "\n"
                + JSON.writeValueAsString(Map.of("text", "")) + "\n");
        open("#/ingest", By.id("ingest-file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("ingest-batch")).click();
        WebElement table = waitFor(By.cssSelector("#ingest-outcome tbody"));
        List<String> rows = table.findElements(By.tagName("tr")).stream().map(WebElement::getText).toList();
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("created"), rows.get(0));
        assertTrue(rows.get(1).contains("rejected"), rows.get(1));
        screenshot("ingest");
    }

    @Test
    void aReextractionShowsItsProgressToTheEnd() throws Exception {
        open("#/ingest", By.id("reextract")).click();
        new WebDriverWait(browser, Duration.ofSeconds(300)).until(d ->
                d.findElement(By.id("reextract-status")).getText().startsWith("finished: "));
        WebElement bar = browser.findElement(By.id("reextract-progress"));
        assertEquals(bar.getAttribute("max"), bar.getAttribute("value"), "the bar is full");
        screenshot("reextract");
    }

    @Test
    void thePagesFitAPhoneScreen() throws Exception {
        browser.manage().window().setSize(new Dimension(360, 800));
        try {
            for (String page : List.of("#/read", "#/search", "#/speakers", "#/topics", "#/ingest")) {
                open(page, By.cssSelector("main h1"));
                Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertEquals(0L, overflow, page + " scrolls sideways at 360 px");
            }
            screenshot("ingest-360px");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void markupInAnArticleIsShownAsText() throws Exception {
        String hostile = "<script>window.pwned = 1</script> The council said <img src=x onerror=\"window.pwned = 2\"> the road was safe. "
                + UUID.randomUUID();
        long id = store(Map.of("title", "<b onmouseover=\"window.pwned = 3\">Council</b>", "text", hostile));
        WebElement text = open("#/article/" + id, By.cssSelector(".article-text"));
        assertTrue(text.getText().contains("<script>window.pwned = 1</script>"), text.getText());
        assertTrue(text.getText().contains("<img src=x onerror="), text.getText());
        assertTrue(browser.findElements(By.cssSelector("main img, main script, main b")).isEmpty(), "no element made from the text");
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("<b onmouseover"));
        assertNull(((JavascriptExecutor) browser).executeScript("return window.pwned;"));
        screenshot("markup-as-text");
    }
}
