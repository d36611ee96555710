package org.newswire.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.newswire.config.NewswireConfig;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code writesPerMinute} tokens, refilled continuously. Buckets idle
 * for longer than a full refill are dropped, so the map holds only recent clients.
 */
@ApplicationScoped
public class WriteRateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    NewswireConfig config;

    /** 0 when the client may write now (and a token is taken), else the seconds to wait. */
    public long secondsUntilAllowed(String client) {
        int perMinute = config.writesPerMinute();
        if (perMinute <= 0) {
            return 0;
        }
        long now = System.nanoTime();
        double perNano = perMinute / (double) MINUTE_NANOS;
        if (buckets.size() > 10_000) {
            buckets.values().removeIf(b -> now - b.last > MINUTE_NANOS);
        }
        Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(perMinute, now));
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
}
