package org.newswire.cache;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Serves repeated reads from the {@link ReadCache}: a GET under /api/ whose answer is stored and fresh,
 * or stale within the freshness bound, is sent as stored, on the I/O thread (no worker thread, query or
 * serialisation, so cached reads do not crowd out the extraction of new articles). Any other 200
 * answer is stored as it is written, with the {@link AnswerScope} its resource declared. A stale
 * answer is recomputed in the background by a request of this instance to itself, carrying a secret
 * only it knows. Job status (not data), the streaming export and conditional requests pass by; a
 * request with {@code Cache-Control: no-cache} is never given a stale answer.
 * {@code Cache-Status} (RFC 9211) says which it was, {@code Age} how old a stored answer is.
 */
@Provider
public class ResponseCache implements WriterInterceptor {

    private static final Logger LOG = Logger.getLogger(ResponseCache.class);
    static final String CACHE_STATUS = "Cache-Status";
    static final String REVALIDATE = "X-Newswire-Revalidate";
    private static final String NAME = "newswire";
    private static final String PENDING = ResponseCache.class.getName() + ".pending";
    private static final String KEY = ResponseCache.class.getName() + ".key";
    private static final String TICKET = ResponseCache.class.getName() + ".ticket";
    private static final String STATUS = ResponseCache.class.getName() + ".status";
    private static final String TYPE = ResponseCache.class.getName() + ".type";

    private final String secret = UUID.randomUUID().toString();
    private volatile HttpClient loopback;

    @Inject
    ReadCache cache;
    @Inject
    AnswerScope scope;
    /** Looked up when first needed: filters are made at static init, before Vert.x is. */
    @Inject
    Instance<Vertx> vertx;

    /** A non-blocking filter must come before every blocking one. */
    @ServerRequestFilter(nonBlocking = true, priority = Priorities.AUTHENTICATION - 100)
    public Optional<Response> answerFromCache(ContainerRequestContext request, HttpServerRequest http) {
        String key = key(request);
        if (key == null) {
            return Optional.empty();
        }
        if (secret.equals(request.getHeaderString(REVALIDATE))) {
            request.setProperty(PENDING, key);
            return Optional.empty(); // recomputed on a worker thread (below)
        }
        AnswerStore.Lookup found = cache.peek(key, acceptsStale(request));
        if (found == null) {
            request.setProperty(PENDING, key);
            return Optional.empty();
        }
        if (found.revalidate()) {
            revalidate(key, http, request.getHeaderString(HttpHeaders.ACCEPT));
        }
        return Optional.of(send(found));
    }

    /** On a worker thread: waits for the answer another request is computing, or computes it. */
    @ServerRequestFilter
    public Optional<Response> computeOnce(ContainerRequestContext request) {
        String key = (String) request.getProperty(PENDING);
        if (key == null) {
            return Optional.empty();
        }
        if (secret.equals(request.getHeaderString(REVALIDATE))) {
            claim(request, key, cache.revalidation(key), "; fwd=stale; detail=background");
            return Optional.empty();
        }
        AnswerStore.Lookup found = cache.get(key, acceptsStale(request));
        if (found.found()) {
            return Optional.of(send(found));
        }
        claim(request, key, found.ticket(), found.replacing() ? "; fwd=stale" : "; fwd=miss");
        return Optional.empty();
    }

    private static void claim(ContainerRequestContext request, String key, long ticket, String status) {
        request.setProperty(KEY, key);
        request.setProperty(TICKET, ticket);
        request.setProperty(STATUS, NAME + status);
    }

    private String key(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!cache.enabled() || !"GET".equals(request.getMethod()) || !path.startsWith("/api/") || path.startsWith("/api/jobs")
                || path.equals("/api/quotes/export") || request.getHeaderString(HttpHeaders.IF_NONE_MATCH) != null) {
            return null;
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        return path + '?' + (query == null ? "" : query) + '|' + request.getHeaderString(HttpHeaders.ACCEPT);
    }

    private static boolean acceptsStale(ContainerRequestContext request) {
        String control = request.getHeaderString(HttpHeaders.CACHE_CONTROL);
        return control == null || !control.toLowerCase().contains("no-cache");
    }

    private static Response send(AnswerStore.Lookup found) {
        AnswerStore.Answer answer = found.answer();
        Response.ResponseBuilder hit = Response.ok(answer.body(), answer.mediaType())
                .header(CACHE_STATUS, NAME + "; hit" + (found.stale() ? "; detail=stale" : ""))
                .header("Age", found.ageNanos() / 1_000_000_000L);
        if (answer.etag() != null) {
            hit.header(HttpHeaders.ETAG, answer.etag());
        }
        return hit.build();
    }

    /** Asks this instance, at the address the request came in on, for the answer again; its body is stored, not read. */
    private void revalidate(String key, HttpServerRequest http, String accept) {
        SocketAddress local = http.localAddress();
        if (http.isSSL() || local == null || local.hostAddress() == null) {
            cache.abandon(key); // the next request computes it itself
            return;
        }
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(local.hostAddress()).setPort(local.port())
                .setURI(http.uri()).putHeader(REVALIDATE, secret);
        if (accept != null) {
            options.putHeader(HttpHeaders.ACCEPT, accept);
        }
        client().request(options).compose(r -> r.send().compose(HttpClientResponse::body)).onFailure(e -> {
            LOG.debugf("Recomputing %s in the background failed: %s", key, e.getMessage());
            cache.abandon(key);
        });
    }

    private HttpClient client() {
        if (loopback == null) {
            synchronized (this) {
                if (loopback == null) {
                    loopback = vertx.get().createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(4));
                }
            }
        }
        return loopback;
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
