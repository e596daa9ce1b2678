package com.photostore.adapters.common.redis;

import com.photostore.port.out.LoginRateLimiter;
import com.photostore.port.out.RateLimit;
import com.photostore.port.out.RateLimitStatus;
import java.time.Duration;
import java.util.UUID;

/**
 * Failed log-ins as a sliding-window log in one Redis sorted set per key, timed by the Redis server's clock so
 * that every client agrees on the window whatever its own clock says.
 */
public final class RedisLoginRateLimiter implements LoginRateLimiter {
    private static final LuaScript FAILURES = LuaScript.named("login-failures.lua");
    private static final LuaScript RESERVE = LuaScript.named("login-reserve.lua");
    private static final String COUNT = "1";
    private static final String DO_NOT_COUNT = "0";

    private final RedisGateway redis;
    private final RedisKeys keys;

    public RedisLoginRateLimiter(RedisGateway redis, String keyPrefix) {
        this.redis = redis;
        this.keys = new RedisKeys(keyPrefix);
    }

    @Override
    public RateLimitStatus status(String key, RateLimit limit) {
        return failures(key, limit, DO_NOT_COUNT);
    }

    @Override
    public RateLimitStatus recordFailure(String key, RateLimit limit) {
        return failures(key, limit, COUNT);
    }

    @Override
    public RateLimitStatus reserve(String key, RateLimit limit, String attemptId) {
        String[] failureLog = {keys.loginFailures(key)};
        long windowMillis = Math.max(1, limit.window().toMillis());
        Long retryAfterMillis = redis.call(r -> RESERVE.run(r, Long.class, failureLog,
                Integer.toString(limit.maxFailures()), Long.toString(windowMillis), attemptId));
        return statusOf(retryAfterMillis);
    }

    @Override
    public void release(String key, String attemptId) {
        redis.call(r -> r.zrem(keys.loginFailures(key), attemptId));
    }

    @Override
    public void reset(String key) {
        redis.call(r -> r.del(keys.loginFailures(key)));
    }

    private RateLimitStatus failures(String key, RateLimit limit, String count) {
        String[] failureLog = {keys.loginFailures(key)};
        long windowMillis = Math.max(1, limit.window().toMillis());
        Long retryAfterMillis = redis.call(r -> FAILURES.run(r, Long.class, failureLog,
                Integer.toString(limit.maxFailures()),
                Long.toString(windowMillis),
                count,
                UUID.randomUUID().toString()));
        return statusOf(retryAfterMillis);
    }

    private static RateLimitStatus statusOf(long retryAfterMillis) {
        return retryAfterMillis == 0 ? RateLimitStatus.ALLOWED : new RateLimitStatus(true, Duration.ofMillis(retryAfterMillis));
    }
}
