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

    /**
     * Atomically counts an attempt under its id before it is checked, unless the key is limited already, in which
     * case nothing is counted and the status says how long to wait: of any number of concurrent reservations at most
     * {@code maxFailures} succeed per window. A reservation stays as a failure until it is released.
     */
    RateLimitStatus reserve(String key, RateLimit limit, String attemptId);

    /** Gives back an attempt's reservation (the attempt succeeded, or another key refused it). */
    void release(String key, String attemptId);

    /** Forgets the key's failures (after a successful log-in). */
    void reset(String key);
}
