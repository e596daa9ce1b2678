package com.photostore.adapters.common.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.photostore.port.out.RateLimit;
import com.photostore.port.out.RateLimitStatus;
import com.photostore.port.out.contract.Concurrently;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.resps.Tuple;

class RedisLoginRateLimiterTest extends RedisTestConnection {
    private static final RateLimit FIVE_PER_MINUTE = new RateLimit(5, Duration.ofMinutes(1));

    private RedisLoginRateLimiter limiter;
    private String key;

    @BeforeEach
    void newLimiter() {
        limiter = new RedisLoginRateLimiter(gateway, prefix);
        key = "account:" + UUID.randomUUID();
    }

    @Test
    void aKeyIsLimitedOnceItHasTheMaximumNumberOfFailures() {
        for (int i = 1; i < 5; i++) {
            assertThat(limiter.recordFailure(key, FIVE_PER_MINUTE)).isEqualTo(RateLimitStatus.ALLOWED);
        }

        RateLimitStatus fifth = limiter.recordFailure(key, FIVE_PER_MINUTE);

        assertThat(fifth.limited()).isTrue();
        assertThat(fifth.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(limiter.status(key, FIVE_PER_MINUTE).limited()).isTrue();
    }

    @Test
    void lookingAtTheStatusCountsNothing() {
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.status(key, FIVE_PER_MINUTE)).isEqualTo(RateLimitStatus.ALLOWED);
        }
        for (int i = 1; i < 5; i++) {
            limiter.recordFailure(key, FIVE_PER_MINUTE);
        }

        assertThat(limiter.status(key, FIVE_PER_MINUTE)).isEqualTo(RateLimitStatus.ALLOWED);
        assertThat(number(r -> r.zcard(keys.loginFailures(key)))).isEqualTo(4L);
    }

    @Test
    void concurrentFailuresAreEachCountedOnce() {
        List<RateLimitStatus> statuses = Concurrently.run(20, i -> limiter.recordFailure(key, FIVE_PER_MINUTE));

        assertThat(statuses).filteredOn(status -> !status.limited()).hasSize(4);
        assertThat(statuses).filteredOn(RateLimitStatus::limited).hasSize(16);
    }

    @Test
    void theLimitLiftsWhenTheOldestFailureLeavesTheWindow() {
        RateLimit twoPerSecond = new RateLimit(2, Duration.ofSeconds(1));
        limiter.recordFailure(key, twoPerSecond);
        RateLimitStatus limited = limiter.recordFailure(key, twoPerSecond);
        long limitedAt = System.nanoTime();
        assertThat(limited.limited()).isTrue();

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> !limiter.status(key, twoPerSecond).limited());

        Duration waited = Duration.ofNanos(System.nanoTime() - limitedAt);
        assertThat(waited).isGreaterThanOrEqualTo(limited.retryAfter().minusMillis(50));
    }

    @Test
    void retryAfterIsWhenTheOldestFailureInTheWindowLeavesIt() {
        RateLimit twoPerHour = new RateLimit(2, Duration.ofHours(1));
        limiter.recordFailure(key, twoPerHour);
        limiter.recordFailure(key, twoPerHour);

        long redisNowMillis = Long.parseLong(gateway.call(r -> r.time()).get(0)) * 1000;
        List<Tuple> failures = gateway.call(r -> r.zrangeWithScores(keys.loginFailures(key), 0, -1));
        long oldestFailureMillis = (long) failures.get(0).getScore();
        RateLimitStatus status = limiter.status(key, twoPerHour);

        assertThat(Math.abs(oldestFailureMillis - redisNowMillis)).isLessThan(Duration.ofSeconds(5).toMillis());
        assertThat(status.retryAfter().toMillis())
                .isBetween(Duration.ofHours(1).minusSeconds(5).toMillis(), Duration.ofHours(1).toMillis());
    }

    @Test
    void theLogKeepsNoMoreThanTheMaximumAndExpiresAfterTheWindow() {
        for (int i = 0; i < 12; i++) {
            limiter.recordFailure(key, FIVE_PER_MINUTE);
        }

        assertThat(number(r -> r.zcard(keys.loginFailures(key)))).isEqualTo(5L);
        assertThat(number(r -> r.pttl(keys.loginFailures(key)))).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1).toMillis());
    }

    @Test
    void resetForgetsTheFailuresOfOneKeyOnly() {
        String other = "address:" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            limiter.recordFailure(key, FIVE_PER_MINUTE);
            limiter.recordFailure(other, FIVE_PER_MINUTE);
        }

        limiter.reset(key);

        assertThat(limiter.status(key, FIVE_PER_MINUTE)).isEqualTo(RateLimitStatus.ALLOWED);
        assertThat(limiter.status(other, FIVE_PER_MINUTE).limited()).isTrue();
    }
}
