package org.newswire.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is refused with a
 * problem+json 413 before it is read, like every other refusal; the HTTP layer's own check (which
 * this runs just before) would answer with a bare 413. A chunked body has no declared length and
 * still meets that bare 413 when it passes the limit.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;
    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        long declared;
        try {
            declared = Long.parseLong(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        } catch (NumberFormatException none) {
            declared = -1; // absent or unreadable: left to the HTTP layer
        }
        if (declared <= limit.asLongValue()) {
            context.next();
            return;
        }
        String detail = String.format("The request body is %,d bytes; at most %,d bytes are accepted", declared, limit.asLongValue());
        Problem problem = new Problem("about:blank", "Request Entity Too Large", 413, detail, context.request().path(), List.of());
        try {
            // the rest of the body is never read, so the connection cannot carry another request
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
