package com.photostore.port.out;

/**
 * Counts failed log-ins per key (an account, a client address) in a sliding window. A key is limited
 * once it has {@code maxFailures} failures within the window, until the oldest of them leaves it.
 */
public interface LoginRateLimiter {

    /** Whether the key is limited now, without counting anything. */
    RateLimitStatus status(String key, RateLimit limit);

    /** Counts one failure for the key, atomically, and returns its status afterwards. */
    RateLimitStatus recordFailure(String key, RateLimit limit);

    /** Forgets the key's failures (after a successful log-in). */
    void reset(String key);
}
