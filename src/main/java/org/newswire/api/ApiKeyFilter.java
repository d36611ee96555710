package org.newswire.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
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
 * Guards writes and extraction. Writes need the configured API key in X-API-Key (when one is set);
 * extraction stores nothing and stays open. Both are rate-limited per client: the holder of the valid
 * key is one client, anyone else is their address, so a header that changes on every request (a
 * rotating or wrong key) buys no extra requests.
 */
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String EXTRACT = "/api/extract";

    @Inject
    NewswireConfig config;

    @Inject
    RateLimiter limiter;

    @ServerRequestFilter
    public Optional<Response> guardWrites(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!WRITES.contains(request.getMethod()) || !path.startsWith("/api/")) {
            return Optional.empty();
        }
        boolean extract = path.equals(EXTRACT);
        String given = request.getHeaderString(HEADER);
        Optional<String> key = config.apiKey();
        boolean authenticated = key.isPresent() && given != null
                // constant-time comparison, so the key cannot be guessed byte by byte from response times
                && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), key.get().getBytes(StandardCharsets.UTF_8));
        String client = authenticated ? "api-key" : "ip:" + (http.remoteAddress() == null ? "?" : http.remoteAddress().hostAddress());
        int perMinute = extract ? config.extractsPerMinute() : config.writesPerMinute();
        long retryAfter = limiter.secondsUntilAllowed(extract ? "extract" : "write", client, perMinute);
        if (retryAfter > 0) {
            Response tooMany = ProblemMapper.respond(429, "Too many " + (extract ? "extractions" : "writes") + " from this client: at most "
                    + perMinute + " a minute; retry in " + retryAfter + " s", List.of(), request.getUriInfo());
            return Optional.of(Response.fromResponse(tooMany).header("Retry-After", retryAfter).build());
        }
        if (extract || key.isEmpty() || authenticated) {
            return Optional.empty();
        }
        return Optional.of(ProblemMapper.respond(401, (given == null ? "Missing " : "Wrong ") + HEADER
                + " header: writes need the service's API key", List.of(), request.getUriInfo()));
    }
}
