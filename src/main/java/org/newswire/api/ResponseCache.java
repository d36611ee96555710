package org.newswire.api;

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
import org.newswire.cache.ReadCache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Serves repeated reads from the {@link ReadCache}: a GET under /api/ whose answer is stored for the
 * current data version (and local index state) is sent as stored (no query, no serialisation); any other 200 answer is stored
 * as it is written. Job status (not data), the streaming export and conditional requests pass by.
 */
@Provider
public class ResponseCache implements WriterInterceptor {

    private static final String KEY = ResponseCache.class.getName() + ".key";
    private static final String STAMP = ResponseCache.class.getName() + ".stamp";
    private static final String TYPE = ResponseCache.class.getName() + ".type";

    @Inject
    ReadCache cache;

    @ServerRequestFilter
    public Optional<Response> answerFromCache(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!cache.enabled() || !"GET".equals(request.getMethod()) || !path.startsWith("/api/") || path.startsWith("/api/jobs")
                || path.equals("/api/quotes/export") || request.getHeaderString(HttpHeaders.IF_NONE_MATCH) != null) {
            return Optional.empty();
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String key = path + '?' + (query == null ? "" : query) + '|' + request.getHeaderString(HttpHeaders.ACCEPT);
        ReadCache.Stamp stamp = cache.stamp();
        ReadCache.Answer answer = cache.get(key, stamp);
        if (answer != null) {
            Response.ResponseBuilder hit = Response.ok(answer.body(), answer.mediaType());
            if (answer.etag() != null) {
                hit.header(HttpHeaders.ETAG, answer.etag());
            }
            return Optional.of(hit.build());
        }
        request.setProperty(KEY, key);
        request.setProperty(STAMP, stamp);
        return Optional.empty();
    }

    /** Only complete, successful answers are stored. */
    @ServerResponseFilter
    public void storeOnlySuccess(ContainerRequestContext request, ContainerResponseContext response) {
        Object key = request.getProperty(KEY);
        if (key != null && response.getStatus() != 200) {
            request.removeProperty(KEY);
            cache.abandon((String) key, (ReadCache.Stamp) request.getProperty(STAMP));
        } else {
            request.setProperty(TYPE, response.getMediaType() == null ? MediaType.APPLICATION_JSON : response.getMediaType().toString());
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
            cache.abandon((String) key, (ReadCache.Stamp) context.getProperty(STAMP));
            throw e;
        }
        byte[] body = copy.toByteArray();
        out.write(body);
        context.setOutputStream(out);
        cache.put((String) key, (ReadCache.Stamp) context.getProperty(STAMP),
                new ReadCache.Answer(body, (String) context.getProperty(TYPE), context.getHeaders().getFirst(HttpHeaders.ETAG)));
    }
}
