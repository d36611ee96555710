package org.newswire.api;

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
 * Writes need the configured API key in X-API-Key; reads, and extraction that stores nothing,
 * stay open. With no key configured every request passes.
 */
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    NewswireConfig config;

    @ServerRequestFilter
    public Optional<Response> requireKey(ContainerRequestContext request) {
        Optional<String> key = config.apiKey();
        String path = request.getUriInfo().getPath();
        if (key.isEmpty() || !WRITES.contains(request.getMethod()) || !path.startsWith("/api/") || path.equals("/api/extract")) {
            return Optional.empty();
        }
        String given = request.getHeaderString(HEADER);
        // constant-time comparison, so the key cannot be guessed byte by byte from response times
        if (given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), key.get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(ProblemMapper.respond(401, (given == null ? "Missing " : "Wrong ") + HEADER
                + " header: writes need the service's API key", List.of(), request.getUriInfo()));
    }
}
