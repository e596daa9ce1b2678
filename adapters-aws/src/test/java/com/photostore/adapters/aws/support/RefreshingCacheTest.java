package com.photostore.adapters.aws.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.port.out.fake.MutableClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Expiry, single-flight reloads and stale values of the refreshing cache. */
class RefreshingCacheTest {
    private static final Duration TTL = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock();
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void aValueIsLoadedOnceAndReloadedWhenItExpires() {
        RefreshingCache<String, Integer> cache = new RefreshingCache<>("value", key -> loads.incrementAndGet(), TTL, clock);

        assertThat(cache.get("a")).isEqualTo(1);
        clock.advance(TTL.minusMillis(1));
        assertThat(cache.get("a")).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(cache.get("a")).isEqualTo(2);
        assertThat(cache.get("b")).isEqualTo(3);
    }

    @Test
    void readersKeepTheOldValueWhileOneReaderReloads() throws Exception {
        CountDownLatch reloadStarted = new CountDownLatch(1);
        CountDownLatch finishReload = new CountDownLatch(1);
        RefreshingCache<String, Integer> cache = new RefreshingCache<>("value", key -> {
            int load = loads.incrementAndGet();
            if (load == 2) {
                reloadStarted.countDown();
                await(finishReload);
            }
            return load;
        }, TTL, clock);
        cache.get("a");
        clock.advance(TTL);

        CompletableFuture<Integer> reloading = CompletableFuture.supplyAsync(() -> cache.get("a"));
        assertThat(reloadStarted.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 100; i++) {
            assertThat(cache.get("a")).isEqualTo(1);
        }
        finishReload.countDown();

        assertThat(reloading.get(5, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(cache.get("a")).isEqualTo(2);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aFailedReloadKeepsTheOldValueAndRetriesAfterATenthOfTheTimeToLive() {
        Duration ttl = Duration.ofSeconds(100);
        RefreshingCache<String, Integer> cache = new RefreshingCache<>("value", key -> {
            int load = loads.incrementAndGet();
            if (load == 2) {
                throw new IllegalStateException("backend down");
            }
            return load;
        }, ttl, clock);
        cache.get("a");
        clock.advance(ttl);

        assertThat(cache.get("a")).isEqualTo(1);
        clock.advance(Duration.ofSeconds(9));
        assertThat(cache.get("a")).isEqualTo(1);
        assertThat(loads).hasValue(2);
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("a")).isEqualTo(3);
    }

    @Test
    void aFailedFirstLoadThrowsAndIsNotCached() {
        RefreshingCache<String, Integer> cache = new RefreshingCache<>("value", key -> {
            if (loads.incrementAndGet() == 1) {
                throw new IllegalStateException("backend down");
            }
            return 42;
        }, TTL, clock);

        assertThatThrownBy(() -> cache.get("a")).hasMessage("backend down");
        assertThat(cache.get("a")).isEqualTo(42);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not release the reload");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void expiringEverywhereMakesEveryCacheReloadOnItsNextRead() {
        AtomicInteger otherLoads = new AtomicInteger();
        RefreshingCache<String, Integer> cache = new RefreshingCache<>("value", key -> loads.incrementAndGet(), TTL, clock);
        RefreshingCache<String, Integer> other = new RefreshingCache<>("other", key -> otherLoads.incrementAndGet(), TTL,
                clock);
        assertThat(cache.get("a")).isEqualTo(1);
        assertThat(other.get("b")).isEqualTo(1);
        assertThat(cache.get("a")).as("cached").isEqualTo(1);

        RefreshingCache.expireEverywhere();

        assertThat(cache.get("a")).isEqualTo(2);
        assertThat(other.get("b")).isEqualTo(2);
        assertThat(cache.get("a")).as("cached again").isEqualTo(2);
    }

    @Test
    void anExpiredValueStaysInUseWhileItsReloadFails() {
        AtomicInteger attempts = new AtomicInteger();
        RefreshingCache<String, Integer> cache = new RefreshingCache<>("value", key -> {
            if (attempts.incrementAndGet() > 1) {
                throw new IllegalStateException("down");
            }
            return 7;
        }, TTL, clock);
        assertThat(cache.get("a")).isEqualTo(7);

        cache.expireAll();

        assertThat(cache.get("a")).isEqualTo(7);
        assertThat(attempts).hasValue(2);
    }
}
