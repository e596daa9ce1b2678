package com.photostore.port.out.fake;

import com.photostore.port.out.Clock;
import com.photostore.port.out.LoginRateLimiter;
import com.photostore.port.out.RateLimit;
import com.photostore.port.out.RateLimitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A sliding-window failure counter per key, keeping the instant of every failure still in the window. */
public final class InMemoryLoginRateLimiter implements LoginRateLimiter {
    private final Clock clock;
    private final Map<String, List<Instant>> failures = new HashMap<>();
    private final Map<String, Map<String, Instant>> reservations = new HashMap<>();

    /** A limiter whose windows slide by the given clock ({@code Instant::now} for real time). */
    public InMemoryLoginRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized RateLimitStatus status(String key, RateLimit limit) {
        Instant now = clock.now();
        return statusOf(inWindow(key, limit, now), limit, now);
    }

    @Override
    public synchronized RateLimitStatus recordFailure(String key, RateLimit limit) {
        Instant now = clock.now();
        List<Instant> recent = inWindow(key, limit, now);
        recent.add(now);
        recent.sort(null);
        return statusOf(recent, limit, now);
    }

    @Override
    public synchronized RateLimitStatus reserve(String key, RateLimit limit, String attemptId) {
        Instant now = clock.now();
        List<Instant> recent = inWindow(key, limit, now);
        RateLimitStatus status = statusOf(recent, limit, now);
        if (!status.limited()) {
            recent.add(now);
            recent.sort(null);
            reservations.computeIfAbsent(key, k -> new HashMap<>()).put(attemptId, now);
        }
        return status;
    }

    @Override
    public synchronized void release(String key, String attemptId) {
        Map<String, Instant> reserved = reservations.getOrDefault(key, Map.of());
        Instant at = reserved.get(attemptId);
        if (at != null) {
            reservations.get(key).remove(attemptId);
            failures.getOrDefault(key, new ArrayList<>()).remove(at);
        }
    }

    @Override
    public synchronized void reset(String key) {
        failures.remove(key);
        reservations.remove(key);
    }

    private List<Instant> inWindow(String key, RateLimit limit, Instant now) {
        List<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayList<>());
        recent.removeIf(t -> !t.plus(limit.window()).isAfter(now));
        return recent;
    }

    private static RateLimitStatus statusOf(List<Instant> recent, RateLimit limit, Instant now) {
        if (recent.size() < limit.maxFailures()) {
            return RateLimitStatus.ALLOWED;
        }
        Instant freedAt = recent.get(recent.size() - limit.maxFailures()).plus(limit.window());
        return new RateLimitStatus(true, Duration.between(now, freedAt));
    }
}
