package org.newswire.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.newswire.config.NewswireConfig;
import org.newswire.runtime.DaemonThreads;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers to read requests (their JSON or CSV bytes), kept while the stored data is unchanged: each is
 * filed under the data version it was computed at, so a write makes every older answer unreachable.
 * This instance's writes count at once ({@link #changed()}); other instances' writes reach it when a
 * background thread next reads the version from the database, at most {@link #POLL} later (requests
 * never wait on the database for it).
 */
@ApplicationScoped
public class ReadCache {

    private static final Logger LOG = Logger.getLogger(ReadCache.class);

    /**
     * What an answer was computed from: the shared data version, and this instance's own epoch, which
     * moves when its local search index catches up with writes made elsewhere.
     */
    public record Stamp(long data, long local) {
    }

    /** A stored answer: body, media type and entity tag (null when the endpoint sets none). */
    public record Answer(byte[] body, String mediaType, Object etag) {
    }

    static final Duration POLL = Duration.ofMillis(500);
    /** How long a request waits for the same answer being computed by another before computing it itself. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private final AtomicLong version = new AtomicLong(-1);
    private final AtomicLong localEpoch = new AtomicLong();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("read-cache-version"));
    private Cache<List<Object>, Answer> answers;
    /** Answers being computed, each by the request that missed it first; a claim never settled lapses. */
    private final Cache<List<Object>, CompletableFuture<Answer>> computing = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30)).build();

    @Inject
    EntityManager em;
    @Inject
    NewswireConfig config;
    @Inject
    MeterRegistry meters;

    @PostConstruct
    void init() {
        answers = Caffeine.newBuilder().maximumWeight(config.readCache().maxBytes())
                .weigher((List<Object> key, Answer a) -> a.body().length + 200)
                // answers for old versions are unreachable; they only wait here to be evicted
                .expireAfterWrite(Duration.ofMinutes(10)).recordStats().build();
        CaffeineCacheMetrics.monitor(meters, answers, "read-cache");
    }

    public boolean enabled() {
        return config.readCache().maxBytes() > 0;
    }

    /** Reads the shared version before the first request can ask for it, then keeps polling. */
    void start(@Observes StartupEvent event) {
        poll();
        poller.scheduleWithFixedDelay(this::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }

    /** The data version now (what this instance wrote, or what the database said last, whichever is later) and the local epoch. */
    public Stamp stamp() {
        return new Stamp(version.get(), localEpoch.get());
    }

    /**
     * Something answers are computed from changed on this instance only (its search index took in
     * articles another instance stored): stored answers are out of date here.
     */
    public void changedHere() {
        localEpoch.incrementAndGet();
    }

    private void poll() {
        try {
            long stored = QuarkusTransaction.requiringNew().call(this::readVersion);
            version.accumulateAndGet(stored, Math::max);
        } catch (RuntimeException e) {
            LOG.warn("Reading the data version failed; the next poll retries", e); // a task that throws is never run again
        }
    }

    /**
     * The stored answer to a request at a stamp; if another request is computing it right now, that
     * one's answer when it is ready (waiting at most {@link #WAIT}). Null means: compute it, then
     * {@link #put} or {@link #abandon} it. After a write, many readers miss the same answers at once,
     * and one computation each (not one per reader) keeps the database from being swamped.
     */
    public Answer get(String request, Stamp at) {
        List<Object> key = List.of(request, at);
        Answer stored = answers.getIfPresent(key);
        if (stored != null) {
            return stored;
        }
        CompletableFuture<Answer> other = computing.asMap().putIfAbsent(key, new CompletableFuture<>());
        if (other == null) {
            return null; // this request computes it
        }
        try {
            return other.get(WAIT.toMillis(), TimeUnit.MILLISECONDS); // null: it failed, compute it here
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Files an answer computed after {@code at} was read: it reflects that state or a later one, and
     * any change after it moves the stamp past it. Requests waiting for it get it.
     */
    public void put(String request, Stamp at, Answer answer) {
        List<Object> key = List.of(request, at);
        answers.put(key, answer);
        finish(key, answer);
    }

    /** The answer that {@link #get} left to this request will not be stored (it was not a 200): waiters compute their own. */
    public void abandon(String request, Stamp at) {
        finish(List.of(request, at), null);
    }

    private void finish(List<Object> key, Answer answer) {
        CompletableFuture<Answer> pending = computing.asMap().remove(key);
        if (pending != null) {
            pending.complete(answer);
        }
    }

    /** Call after a write has committed (and been indexed): every stored answer is now out of date. */
    public void changed() {
        long bumped = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("UPDATE data_version SET version = version + 1 WHERE id = 1").executeUpdate();
            return readVersion();
        });
        version.accumulateAndGet(bumped, Math::max);
    }

    private long readVersion() {
        return ((Number) em.createNativeQuery("SELECT version FROM data_version WHERE id = 1").getSingleResult()).longValue();
    }
}
