package org.newswire.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Answers to read requests, each kept with what it {@link Dependency depends on}, and made stale by
 * exactly the writes that can change it: a new Peskov quote on sanctions leaves the Ryabkov pages fresh.
 * The first request for a stale answer computes it again, once however many requests want it, and the
 * requests arriving meanwhile get the stale answer if the write that changed it is at most
 * {@code staleFor} old (stale-while-revalidate), or wait. So a client asking after its own write was
 * acknowledged sees it, unless another reader was already recomputing that answer. With
 * {@code background} even that first request gets the stale answer and claims a recomputation that runs
 * elsewhere: no reader waits, at the price of that read-your-writes. A write given as {@code everywhere}
 * (a delete, a merge) is never served stale. Plain Java, so it is tested with a clock of its own.
 */
final class AnswerStore {

    /** How long a request waits for the same answer being computed by another before computing it itself. */
    static final Duration WAIT = Duration.ofSeconds(5);
    /** How far back the writes are remembered: an answer whose computation took longer is stored as stale. */
    static final Duration REMEMBERED = Duration.ofMinutes(1);
    private static final long FRESH = Long.MAX_VALUE;

    /** A stored answer: body, media type and entity tag (null when the endpoint sets none). */
    record Answer(byte[] body, String mediaType, Object etag) {
    }

    /**
     * What a lookup gives: an answer to send (with its age and whether a write has changed it since), or
     * none, and then the caller computes it and {@link #put puts} or {@link #abandon abandons} it, passing
     * {@code ticket} (which writes its computation saw); {@code replacing} says a stale answer was there.
     * {@code revalidate}: a stale answer is sent and the caller has claimed its recomputation, which it
     * must start ({@link #revalidation}) or give up ({@link #abandon}).
     */
    record Lookup(Answer answer, long ageNanos, boolean stale, long ticket, boolean replacing, boolean revalidate) {
        boolean found() {
            return answer != null;
        }
    }

    private static final class Entry {
        final Answer answer;
        final Dependency dependency;
        final long computedAt;
        /** When the first write that changes it was made; FRESH while none has. */
        volatile long staleSince = FRESH;

        Entry(Answer answer, Dependency dependency, long computedAt) {
            this.answer = answer;
            this.dependency = dependency;
            this.computedAt = computedAt;
        }

        void changedAt(long at) {
            if (staleSince == FRESH) {
                staleSince = at;
            }
        }
    }

    /** A write: when it was made, and what it added (null: anything may have changed). */
    private record Write(long at, Addition addition) {
        boolean changes(Dependency dependency) {
            try {
                return addition == null || dependency.changedBy(addition);
            } catch (RuntimeException e) {
                return true; // a check that fails cannot vouch for the answer
            }
        }
    }

    private final LongSupplier clock;
    private final long staleFor;
    private final boolean background;
    private final Cache<String, Entry> answers;
    /** Answers being computed, each by the request that missed it first; a claim never settled lapses. */
    private final Cache<String, CompletableFuture<Entry>> computing = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30)).build();
    private final AtomicLong writeCount = new AtomicLong();
    private final ConcurrentSkipListMap<Long, Write> recentWrites = new ConcurrentSkipListMap<>();

    AnswerStore(long maxBytes, Duration staleFor, boolean background, LongSupplier nanoClock) {
        this.clock = nanoClock;
        this.staleFor = staleFor.toNanos();
        this.background = background;
        this.answers = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String key, Entry e) -> e.answer.body().length + key.length() + 200)
                .recordStats().build();
    }

    Cache<String, ?> cache() {
        return answers;
    }

    /**
     * Never waits: the stored answer if it is fresh, or stale within the bound and {@code acceptStale}
     * while another request recomputes it (or, in background mode, claiming that recomputation); else
     * null, and the caller goes on to {@link #get}.
     */
    Lookup peek(String key, boolean acceptStale) {
        Entry stored = answers.getIfPresent(key);
        if (stored == null) {
            return null;
        }
        long now = clock.getAsLong();
        if (stored.staleSince == FRESH) {
            return served(stored, now, false, false);
        }
        if (!servable(stored, now, acceptStale)) {
            return null;
        }
        if (computing.getIfPresent(key) != null) {
            return served(stored, now, true, false);
        }
        if (!background) {
            return null; // this request recomputes it
        }
        boolean claimed = computing.asMap().putIfAbsent(key, new CompletableFuture<>()) == null;
        return served(stored, now, true, claimed);
    }

    /** May wait for another request computing the same answer; null answer: compute it. */
    Lookup get(String key, boolean acceptStale) {
        long ticket = writeCount.get(); // before anything is read: writes after it may be missing from the answer
        Entry stored = answers.getIfPresent(key);
        long now = clock.getAsLong();
        if (stored != null && stored.staleSince == FRESH) {
            return served(stored, now, false, false);
        }
        CompletableFuture<Entry> other = computing.asMap().putIfAbsent(key, new CompletableFuture<>());
        if (other == null) {
            return new Lookup(null, 0, false, ticket, stored != null, false); // this request computes it
        }
        if (stored != null && servable(stored, now, acceptStale)) {
            return served(stored, now, true, false);
        }
        try {
            Entry done = other.get(WAIT.toMillis(), TimeUnit.MILLISECONDS); // null: it failed
            now = clock.getAsLong();
            if (done != null && servable(done, now, acceptStale)) {
                return served(done, now, done.staleSince != FRESH, false);
            }
        } catch (TimeoutException | ExecutionException e) {
            // compute it here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Lookup(null, 0, false, ticket, stored != null, false);
    }

    /** The recomputation a {@link #peek} claimed starts now: its ticket. */
    long revalidation(String key) {
        long ticket = writeCount.get();
        computing.asMap().putIfAbsent(key, new CompletableFuture<>()); // the claim may have lapsed
        return ticket;
    }

    /** Fresh, or stale within the bound for a caller that accepts that. */
    private boolean servable(Entry e, long now, boolean acceptStale) {
        return e.staleSince == FRESH || acceptStale && now - e.staleSince <= staleFor;
    }

    /** A time of change old enough that the answer is never served stale. */
    private long pastTheBound(long now) {
        return now - staleFor - 1;
    }

    private static Lookup served(Entry e, long now, boolean stale, boolean revalidate) {
        return new Lookup(e.answer, now - e.computedAt, stale, -1, false, revalidate);
    }

    /**
     * Stores an answer computed from data read after {@code ticket} was taken. A write made since then
     * that changes it may be missing from it, so the answer is stored as stale from that write on.
     */
    void put(String key, long ticket, Answer answer, Dependency dependency) {
        long now = clock.getAsLong();
        Entry e = new Entry(answer, dependency, now);
        answers.put(key, e);
        // written before the writes are scanned: a write the scan misses marks the entry itself (see change)
        Map.Entry<Long, Write> oldest = recentWrites.firstEntry();
        if (ticket < writeCount.get() && (oldest == null || oldest.getKey() > ticket + 1)) {
            e.changedAt(pastTheBound(now)); // writes it may miss are forgotten: never served stale
        }
        for (Write w : recentWrites.tailMap(ticket, false).values()) {
            if (w.changes(dependency)) {
                e.changedAt(w.at());
                break;
            }
        }
        finish(key, e);
    }

    /** The answer that {@link #get} or {@link #peek} left to the caller will not be stored: waiters compute their own. */
    void abandon(String key) {
        finish(key, null);
    }

    private void finish(String key, Entry e) {
        CompletableFuture<Entry> pending = computing.asMap().remove(key);
        if (pending != null) {
            pending.complete(e);
        }
    }

    /** An article was added (and is searchable): the answers it can change are stale from now. */
    void added(Addition addition) {
        change(new Write(clock.getAsLong(), addition));
    }

    /**
     * Something not described changed: every answer is stale from now; with {@code hard} (a delete, a
     * merge: what a reader must not be shown) none is served stale.
     */
    void changedAll(boolean hard) {
        long now = clock.getAsLong();
        change(new Write(hard ? pastTheBound(now) : now, null));
    }

    private void change(Write w) {
        // counted and remembered before the entries are marked, so a put racing with it sees one or the other
        long count = writeCount.incrementAndGet();
        recentWrites.put(count, w);
        recentWrites.headMap(count).values().removeIf(old -> w.at() - old.at() > REMEMBERED.toNanos());
        for (Entry e : answers.asMap().values()) {
            if (e.staleSince == FRESH && w.changes(e.dependency)) {
                e.changedAt(w.at());
            }
        }
    }
}
