package org.newswire.cache;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Serves repeated reads from the {@link ReadCache}: a GET under /api/ whose answer is stored and fresh
 * (or stale within the bound while another request recomputes it) is sent as stored, with no query and
 * no serialisation; any other 200 answer is stored as it is written, with the {@link AnswerScope}
 * its resource declared. Job status (not data), the streaming export and conditional requests pass by.
 * {@code Cache-Status} (RFC 9211) says which it was, {@code Age} how old a stored answer is.
 */
@Provider
public class ResponseCache implements WriterInterceptor {

    static final String CACHE_STATUS = "Cache-Status";
    private static final String NAME = "newswire";
    private static final String KEY = ResponseCache.class.getName() + ".key";
    private static final String TICKET = ResponseCache.class.getName() + ".ticket";
    private static final String STATUS = ResponseCache.class.getName() + ".status";
    private static final String TYPE = ResponseCache.class.getName() + ".type";

    @Inject
    ReadCache cache;
    @Inject
    AnswerScope scope;

    @ServerRequestFilter
    public Optional<Response> answerFromCache(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!cache.enabled() || !"GET".equals(request.getMethod()) || !path.startsWith("/api/") || path.startsWith("/api/jobs")
                || path.equals("/api/quotes/export") || request.getHeaderString(HttpHeaders.IF_NONE_MATCH) != null) {
            return Optional.empty();
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String key = path + '?' + (query == null ? "" : query) + '|' + request.getHeaderString(HttpHeaders.ACCEPT);
        AnswerStore.Lookup found = cache.get(key);
        if (found.found()) {
            AnswerStore.Answer answer = found.answer();
            Response.ResponseBuilder hit = Response.ok(answer.body(), answer.mediaType())
                    .header(CACHE_STATUS, NAME + "; hit" + (found.stale() ? "; detail=stale" : ""))
                    .header("Age", found.ageNanos() / 1_000_000_000L);
            if (answer.etag() != null) {
                hit.header(HttpHeaders.ETAG, answer.etag());
            }
            return Optional.of(hit.build());
        }
        request.setProperty(KEY, key);
        request.setProperty(TICKET, found.ticket());
        request.setProperty(STATUS, NAME + (found.replacing() ? "; fwd=stale" : "; fwd=miss"));
        return Optional.empty();
    }

    /** Only complete, successful answers are stored. */
    @ServerResponseFilter
    public void storeOnlySuccess(ContainerRequestContext request, ContainerResponseContext response) {
        Object key = request.getProperty(KEY);
        if (key == null) {
            return;
        }
        if (response.getStatus() != 200) {
            request.removeProperty(KEY);
            cache.abandon((String) key);
            response.getHeaders().putSingle(CACHE_STATUS, request.getProperty(STATUS));
        } else {
            request.setProperty(TYPE, response.getMediaType() == null ? MediaType.APPLICATION_JSON : response.getMediaType().toString());
            response.getHeaders().putSingle(CACHE_STATUS, request.getProperty(STATUS) + "; stored");
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object key = context.getProperty(KEY);
        if (key == null) {
            context.proceed();
            return;
        }
        OutputStream out = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        context.setOutputStream(copy);
        try {
            context.proceed();
        } catch (IOException | RuntimeException e) {
            cache.abandon((String) key);
            throw e;
        }
        byte[] body = copy.toByteArray();
        out.write(body);
        context.setOutputStream(out);
        cache.put((String) key, (Long) context.getProperty(TICKET),
                new AnswerStore.Answer(body, (String) context.getProperty(TYPE), context.getHeaders().getFirst(HttpHeaders.ETAG)),
                scope.dependency());
    }
}
