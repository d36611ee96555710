package org.newswire.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The web app is served at / with a policy that allows no inline script; the API and Swagger UI keep their own headers. */
@QuarkusTest
class WebAppHeadersTest {

    @Test
    void theAppIsServedWithAContentSecurityPolicy() {
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", equalTo(WebAppHeaders.POLICY)).header("X-Content-Type-Options", "nosniff")
                .body(containsString("/app/app.js")).body(not(containsString("<script>")));
        given().when().get("/app/app.js").then().statusCode(200).header("Content-Security-Policy", equalTo(WebAppHeaders.POLICY));
        given().when().get("/webjars/uplot/dist/uPlot.iife.min.js").then().statusCode(200);
        given().when().get("/api/topics").then().statusCode(200).header("Content-Security-Policy", nullValue());
        given().when().get("/q/swagger-ui/").then().statusCode(200).header("Content-Security-Policy", nullValue());
    }
}
