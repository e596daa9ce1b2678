package com.photostore.adapters.common.redis;

import static com.photostore.adapters.common.redis.SessionSamples.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.photostore.adapters.common.testing.FreePort;
import com.photostore.adapters.common.testing.RedisFixture;
import com.photostore.adapters.common.testing.RunningRedis;
import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.session.Session;
import com.photostore.port.out.contract.Concurrently;
import com.photostore.port.out.contract.Fresh;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class RedisGatewayConnectionsTest {
    private static final Duration SHORT = Duration.ofMillis(500);
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    @Test
    void connectionsOpenOnlyWhenCallsNeedThemAndNeverMoreThanTheBound() {
        try (RunningRedis server = RedisFixture.startEmbedded(FreePort.find());
             RedisGateway gateway = RedisGateway.open(new RedisSettings(server.uri(), SHORT, SHORT), 3)) {
            try (RedisGateway observer = RedisGateway.open(RedisSettings.of(server.uri()))) {
                assertThat(clients(observer)).isEqualTo(1);

                List<String> replies = Concurrently.run(12, i -> gateway.call(r -> {
                    pause(Duration.ofMillis(50));
                    return r.ping();
                }));

                assertThat(replies).containsOnly("PONG");
                assertThat(clients(observer)).isEqualTo(1 + 3);
            }
        }
    }

    @Test
    void aCallerThatFindsEveryConnectionBusyGivesUpAfterTheCommandTimeout() throws Exception {
        try (RunningRedis server = RedisFixture.startEmbedded(FreePort.find());
             RedisGateway gateway = RedisGateway.open(new RedisSettings(server.uri(), SHORT, SHORT), 1)) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = new Thread(() -> gateway.call(r -> {
                holding.countDown();
                awaitQuietly(release);
                return r.ping();
            }), "holds-the-only-connection");
            holder.start();
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

            long started = System.nanoTime();
            assertTimeoutPreemptively(PROMPTLY, () -> assertThatThrownBy(gateway::ping).isInstanceOf(UnavailableException.class));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(SHORT.minusMillis(50));

            release.countDown();
            holder.join(5_000);
            assertThat(gateway.ping()).isTrue();
        }
    }

    @Test
    void aServerThatComesBackAfterAnOutageIsUsedAgain() {
        int port = FreePort.find();
        RunningRedis first = RedisFixture.startEmbedded(port);
        try (RedisGateway gateway = RedisGateway.open(new RedisSettings(first.uri(), SHORT, SHORT))) {
            RedisSessionStore store = new RedisSessionStore(gateway, RedisFixture.uniquePrefix("comeback"));
            store.create(session(Fresh.userId(), Instant.now()));
            first.close();
            assertTimeoutPreemptively(PROMPTLY, () -> assertThatThrownBy(() -> store.countOf(Fresh.userId()))
                    .isInstanceOf(UnavailableException.class));

            try (RunningRedis second = RedisFixture.startEmbedded(port)) {
                Session session = session(Fresh.userId(), Instant.now());
                store.create(session);

                assertThat(store.find(session.id())).contains(session);
            }
        } finally {
            first.close();
        }
    }

    @Test
    void afterTheServerComesBackOnlyTheFirstCallOnAConnectionItClosedFails() {
        int port = FreePort.find();
        RunningRedis first = RedisFixture.startEmbedded(port);
        try (RedisGateway gateway = RedisGateway.open(new RedisSettings(first.uri(), SHORT, SHORT))) {
            holdConnectionsAtOnce(gateway, 4);
            first.close();

            try (RunningRedis second = RedisFixture.startEmbedded(port)) {
                assertThatThrownBy(gateway::ping).isInstanceOf(UnavailableException.class);

                assertThat(holdConnectionsAtOnce(gateway, 4)).containsOnly("PONG");
            }
        } finally {
            first.close();
        }
    }

    /**
     * Has this many calls hold a connection of the gateway at the same time, so that as many are open (and idle
     * afterwards); answers what each call's PING got, or "unavailable".
     */
    private static List<String> holdConnectionsAtOnce(RedisGateway gateway, int count) {
        CyclicBarrier together = new CyclicBarrier(count);
        return Concurrently.run(count, i -> {
            try {
                return gateway.call(r -> {
                    awaitTheOthers(together);
                    return r.ping();
                });
            } catch (UnavailableException e) {
                return "unavailable";
            }
        });
    }

    private static void awaitTheOthers(CyclicBarrier together) {
        try {
            together.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the calls did not hold their connections together", e);
        }
    }

    private static int clients(RedisGateway observer) {
        return (int) observer.call(r -> r.clientList()).lines().count();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
