package org.newswire.cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.newswire.config.NewswireConfig;
import org.newswire.runtime.DaemonThreads;

import java.time.Duration;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers to read requests (their JSON or CSV bytes), kept until a write can change them
 * ({@link AnswerStore} has the rules). This instance's writes count at once and precisely: an added
 * article makes stale only the answers whose {@link Dependency} it meets. Other instances' writes are
 * counted in a shared data version, which a background thread reads every {@link #POLL}; a version this
 * instance did not make means a write it cannot describe, and every answer goes stale.
 */
@ApplicationScoped
public class ReadCache {

    private static final Logger LOG = Logger.getLogger(ReadCache.class);
    static final Duration POLL = Duration.ofMillis(500);
    /** Writes seen, by kind: only an addition leaves the answers it cannot change fresh. */
    static final String WRITES = "newswire.read-cache.writes";
    /** More versions than this between two polls are not checked one by one: some are surely another instance's. */
    private static final long MAX_GAP = 10_000;

    /** The highest shared version taken into account; -1 before the first poll. */
    private final AtomicLong seenVersion = new AtomicLong(-1);
    /** Versions this instance's own writes made, not yet passed by a poll. */
    private final ConcurrentSkipListSet<Long> ownVersions = new ConcurrentSkipListSet<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("read-cache-version"));
    private AnswerStore store;

    @Inject
    EntityManager em;
    @Inject
    NewswireConfig config;
    @Inject
    MeterRegistry meters;

    @PostConstruct
    void init() {
        store = new AnswerStore(config.readCache().maxBytes(), config.readCache().staleFor(), config.readCache().background(), System::nanoTime);
        CaffeineCacheMetrics.monitor(meters, store.cache(), "read-cache");
    }

    public boolean enabled() {
        return config.readCache().maxBytes() > 0;
    }

    void start(@Observes StartupEvent event) {
        poll();
        poller.scheduleWithFixedDelay(this::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** At shutdown, before the database goes: a poll after it would only log that it failed. */
    void stop(@Observes ShutdownEvent event) {
        poller.shutdownNow();
    }

    AnswerStore.Lookup peek(String request, boolean acceptStale) {
        return store.peek(request, acceptStale);
    }

    AnswerStore.Lookup get(String request, boolean acceptStale) {
        return store.get(request, acceptStale);
    }

    long revalidation(String request) {
        return store.revalidation(request);
    }

    void put(String request, long ticket, AnswerStore.Answer answer, Dependency dependency) {
        store.put(request, ticket, answer, dependency);
    }

    void abandon(String request) {
        store.abandon(request);
    }

    /** Call after an article was committed and indexed: the answers it can change are out of date. */
    public void added(Addition addition) {
        bumpVersion();
        store.added(addition);
        meters.counter(WRITES, "kind", "addition").increment();
    }

    /** Call after any other write has committed (and been indexed): every stored answer is out of date, and none is served stale. */
    public void changed() {
        bumpVersion();
        changedAll("other", true);
    }

    /** This instance's search index took in articles another instance stored: searches answered here are out of date. */
    public void changedHere() {
        changedAll("index-catch-up", false);
    }

    private void changedAll(String kind, boolean hard) {
        store.changedAll(hard);
        meters.counter(WRITES, "kind", kind).increment();
    }

    private void bumpVersion() {
        long[] made = new long[1];
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("UPDATE data_version SET version = version + 1 WHERE id = 1").executeUpdate();
                made[0] = readVersion();
                ownVersions.add(made[0]); // before the commit: no poll can see it first and take it for another instance's
            });
        } catch (RuntimeException e) {
            ownVersions.remove(made[0]);
            throw e;
        }
    }

    private void poll() {
        try {
            long stored = QuarkusTransaction.requiringNew().call(this::readVersion);
            long seen = seenVersion.getAndAccumulate(stored, Math::max);
            if (seen >= 0 && stored > seen) {
                boolean others = stored - seen > MAX_GAP;
                for (long v = seen + 1; v <= stored && !others; v++) {
                    others = !ownVersions.contains(v);
                }
                if (others) {
                    changedAll("another-instance", false); // already up to a poll late; mostly new articles
                }
            }
            ownVersions.headSet(stored, true).clear();
        } catch (RuntimeException e) {
            LOG.warn("Reading the data version failed; the next poll retries", e); // a task that throws is never run again
        }
    }

    private long readVersion() {
        return ((Number) em.createNativeQuery("SELECT version FROM data_version WHERE id = 1").getSingleResult()).longValue();
    }
}
