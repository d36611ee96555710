package org.newswire.api;

import jakarta.inject.Inject;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.newswire.config.NewswireConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Guards writes: they need the configured API key in X-API-Key (when one is set), and each client
 * may make a limited number a minute. Reads, and extraction that stores nothing, stay open.
 */
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    NewswireConfig config;

    @Inject
    WriteRateLimiter limiter;

    @ServerRequestFilter
    public Optional<Response> guardWrites(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!WRITES.contains(request.getMethod()) || !path.startsWith("/api/") || path.equals("/api/extract")) {
            return Optional.empty();
        }
        String given = request.getHeaderString(HEADER);
        String client = given != null ? "key:" + given : "ip:" + (http.remoteAddress() == null ? "?" : http.remoteAddress().hostAddress());
        long retryAfter = limiter.secondsUntilAllowed(client);
        if (retryAfter > 0) {
            Response tooMany = ProblemMapper.respond(429, "Too many writes from this client: at most " + config.writesPerMinute()
                    + " a minute; retry in " + retryAfter + " s", List.of(), request.getUriInfo());
            return Optional.of(Response.fromResponse(tooMany).header("Retry-After", retryAfter).build());
        }
        Optional<String> key = config.apiKey();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        // constant-time comparison, so the key cannot be guessed byte by byte from response times
        if (given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), key.get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(ProblemMapper.respond(401, (given == null ? "Missing " : "Wrong ") + HEADER
                + " header: writes need the service's API key", List.of(), request.getUriInfo()));
    }
}
