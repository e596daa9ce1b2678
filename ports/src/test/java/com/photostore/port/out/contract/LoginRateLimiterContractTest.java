package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.photostore.port.out.LoginRateLimiter;
import com.photostore.port.out.RateLimit;
import com.photostore.port.out.RateLimitStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LoginRateLimiter} does, in real time: a key is limited once it has the maximum of
 * failures within the sliding window, until the oldest leaves it, each test with fresh keys.
 */
public abstract class LoginRateLimiterContractTest {
    private static final RateLimit THREE_PER_MINUTE = new RateLimit(3, Duration.ofMinutes(1));
    private static final RateLimit TWO_PER_SECOND = new RateLimit(2, Duration.ofSeconds(1));

    private LoginRateLimiter limiter;
    private String key;

    /** The limiter under test, whose windows slide in real time; called once before each test. */
    protected abstract LoginRateLimiter limiter();

    @BeforeEach
    void setUpLimiter() {
        limiter = limiter();
        key = Fresh.name("contract:");
    }

    @Test
    void aKeyWithoutFailuresIsAllowed() {
        assertThat(limiter.status(key, THREE_PER_MINUTE)).isEqualTo(RateLimitStatus.ALLOWED);
    }

    @Test
    void aKeyIsLimitedOnceItHasTheMaximumOfFailures() {
        assertThat(limiter.recordFailure(key, THREE_PER_MINUTE).limited()).isFalse();
        assertThat(limiter.recordFailure(key, THREE_PER_MINUTE).limited()).isFalse();
        assertThat(limiter.status(key, THREE_PER_MINUTE).limited()).isFalse();

        RateLimitStatus third = limiter.recordFailure(key, THREE_PER_MINUTE);

        assertThat(third.limited()).isTrue();
        assertThat(third.retryAfter()).isPositive().isLessThanOrEqualTo(THREE_PER_MINUTE.window());
        RateLimitStatus status = limiter.status(key, THREE_PER_MINUTE);
        assertThat(status.limited()).isTrue();
        assertThat(status.retryAfter()).isPositive().isLessThanOrEqualTo(third.retryAfter());
    }

    @Test
    void askingForTheStatusCountsNothing() {
        for (int i = 0; i < 10; i++) {
            limiter.status(key, THREE_PER_MINUTE);
        }

        assertThat(limiter.recordFailure(key, THREE_PER_MINUTE).limited()).isFalse();
        assertThat(limiter.recordFailure(key, THREE_PER_MINUTE).limited()).isFalse();
    }

    @Test
    void theWindowSlidesSoOldFailuresStopCounting() {
        limiter.recordFailure(key, TWO_PER_SECOND);
        RateLimitStatus limited = limiter.recordFailure(key, TWO_PER_SECOND);
        assertThat(limited.limited()).isTrue();
        assertThat(limited.retryAfter()).isPositive().isLessThanOrEqualTo(TWO_PER_SECOND.window());

        await().atLeast(Duration.ofMillis(500)).atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(50))
                .until(() -> !limiter.status(key, TWO_PER_SECOND).limited());
        RateLimit noFailureLeft = new RateLimit(1, TWO_PER_SECOND.window());
        await().atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(50))
                .until(() -> !limiter.status(key, noFailureLeft).limited());

        assertThat(limiter.recordFailure(key, TWO_PER_SECOND).limited()).isFalse();
    }

    @Test
    void resetForgetsTheFailures() {
        for (int i = 0; i < 3; i++) {
            limiter.recordFailure(key, THREE_PER_MINUTE);
        }

        limiter.reset(key);

        assertThat(limiter.status(key, THREE_PER_MINUTE).limited()).isFalse();
        assertThat(limiter.recordFailure(key, THREE_PER_MINUTE).limited()).isFalse();
        assertThat(limiter.recordFailure(key, THREE_PER_MINUTE).limited()).isFalse();
    }

    @Test
    void keysAreCountedApart() {
        String other = Fresh.name("contract:");
        for (int i = 0; i < 3; i++) {
            limiter.recordFailure(key, THREE_PER_MINUTE);
        }

        assertThat(limiter.status(key, THREE_PER_MINUTE).limited()).isTrue();
        assertThat(limiter.status(other, THREE_PER_MINUTE)).isEqualTo(RateLimitStatus.ALLOWED);
        assertThat(limiter.recordFailure(other, THREE_PER_MINUTE).limited()).isFalse();
    }

    @Test
    void concurrentFailuresAreEachCounted() {
        RateLimit fiftyPerMinute = new RateLimit(50, Duration.ofMinutes(1));

        List<Integer> done = Concurrently.run(8, i -> {
            for (int n = 0; n < 6; n++) {
                limiter.recordFailure(key, fiftyPerMinute);
            }
            return i;
        });

        assertThat(done).hasSize(8);
        assertThat(limiter.status(key, fiftyPerMinute).limited()).isFalse();
        assertThat(limiter.recordFailure(key, fiftyPerMinute).limited()).isFalse();
        assertThat(limiter.recordFailure(key, fiftyPerMinute).limited()).isTrue();
    }

    @Test
    void ofFortyConcurrentReservationsExactlyTheLimitSucceed() {
        RateLimit tenPerMinute = new RateLimit(10, Duration.ofMinutes(1));

        List<Boolean> admitted = Concurrently.run(40, i -> !limiter.reserve(key, tenPerMinute, "attempt-" + i).limited());

        assertThat(admitted).filteredOn(Boolean::booleanValue).hasSize(10);
        RateLimitStatus next = limiter.reserve(key, tenPerMinute, "attempt-41");
        assertThat(next.limited()).isTrue();
        assertThat(next.retryAfter()).isPositive().isLessThanOrEqualTo(tenPerMinute.window());
    }

    @Test
    void aReleasedReservationNoLongerCountsAndOthersStay() {
        assertThat(limiter.reserve(key, THREE_PER_MINUTE, "a").limited()).isFalse();
        assertThat(limiter.reserve(key, THREE_PER_MINUTE, "b").limited()).isFalse();
        assertThat(limiter.reserve(key, THREE_PER_MINUTE, "c").limited()).isFalse();
        assertThat(limiter.reserve(key, THREE_PER_MINUTE, "d").limited()).isTrue();

        limiter.release(key, "b");
        limiter.release(key, "never-reserved");

        assertThat(limiter.reserve(key, THREE_PER_MINUTE, "e").limited()).isFalse();
        assertThat(limiter.reserve(key, THREE_PER_MINUTE, "f").limited()).isTrue();
        assertThat(limiter.status(key, THREE_PER_MINUTE).limited()).isTrue();
    }

    @Test
    void reservationsLeaveTheWindowLikeFailures() {
        assertThat(limiter.reserve(key, TWO_PER_SECOND, "a").limited()).isFalse();
        assertThat(limiter.reserve(key, TWO_PER_SECOND, "b").limited()).isFalse();
        assertThat(limiter.reserve(key, TWO_PER_SECOND, "c").limited()).isTrue();

        await().atMost(Duration.ofSeconds(3)).until(() -> !limiter.status(key, TWO_PER_SECOND).limited());
        assertThat(limiter.reserve(key, TWO_PER_SECOND, "d").limited()).isFalse();
    }
}
