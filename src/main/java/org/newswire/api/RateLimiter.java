package org.newswire.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Token buckets per client and kind of request ("write", "extract"): {@code perMinute} tokens,
 * refilled continuously. Buckets live in a bounded cache that forgets a client idle for a minute (by
 * then its bucket would be full again), so neither many clients nor long keys grow the heap.
 */
@ApplicationScoped
public class RateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    /** Most clients tracked at once; beyond it the least recently seen are forgotten. */
    static final int MAX_CLIENTS = 10_000;

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }
    }

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_CLIENTS).expireAfterAccess(Duration.ofMinutes(1)).build();

    /** 0 when the client may go ahead now (and a token is taken), else the seconds to wait; {@code perMinute} 0 is no limit. */
    public long secondsUntilAllowed(String kind, String client, int perMinute) {
        if (perMinute <= 0) {
            return 0;
        }
        long now = System.nanoTime();
        double perNano = perMinute / (double) MINUTE_NANOS;
        Bucket bucket = buckets.get(kind + " " + client, k -> new Bucket(perMinute, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.last) * perNano);
            bucket.last = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / perNano / 1_000_000_000L);
        }
    }

    long trackedClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
