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
import com.photostore.port.out.RateLimit;
import com.photostore.port.out.contract.Fresh;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisUnavailableTest {
    private static final Duration SHORT = Duration.ofMillis(500);
    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final RateLimit LIMIT = new RateLimit(3, Duration.ofMinutes(1));

    @BeforeAll
    static void loadTheClientOnce() {
        String pong = SharedGateway.get().call(r -> r.ping());
        assertThat(pong).isEqualTo("PONG");
    }

    @Test
    void aStoppedServerMakesEveryOperationUnavailableWithoutHanging() {
        RunningRedis server = RedisFixture.startDedicated();
        try (RedisGateway gateway = RedisGateway.open(new RedisSettings(server.uri(), SHORT, SHORT))) {
            RedisSessionStore store = new RedisSessionStore(gateway, "photostore:");
            RedisLoginRateLimiter limiter = new RedisLoginRateLimiter(gateway, "photostore:");
            RedisRevokedSessions revoked = new RedisRevokedSessions(gateway, "photostore:");
            Session session = session(Fresh.userId(), Instant.now());
            store.create(session);

            server.close();

            assertTimeoutPreemptively(PROMPTLY, () -> {
                assertUnavailable(() -> store.find(session.id()));
                assertUnavailable(() -> store.create(session(Fresh.userId(), Instant.now())));
                assertUnavailable(() -> store.deleteAllOf(session.userId()));
                assertUnavailable(() -> limiter.recordFailure("address:127.0.0.1", LIMIT));
                assertUnavailable(() -> revoked.isRevoked(session.id()));
                assertUnavailable(() -> revoked.revoke(List.of(session.id()), Instant.now().plusSeconds(60)));
            });
        } finally {
            server.close();
        }
    }

    @Test
    void aServerThatNeverListenedIsUnavailable() {
        String nobody = "redis://127.0.0.1:" + FreePort.find();
        try (RedisGateway gateway = RedisGateway.open(new RedisSettings(nobody, SHORT, SHORT))) {
            RedisSessionStore store = new RedisSessionStore(gateway, "photostore:");

            assertTimeoutPreemptively(PROMPTLY, () -> {
                assertUnavailable(() -> store.countOf(Fresh.userId()));
                assertUnavailable(() -> store.delete(Fresh.sessionId()));
            });
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutAsUnavailable() throws Exception {
        try (SilentServer silent = new SilentServer();
             RedisGateway gateway = RedisGateway.open(new RedisSettings(silent.uri(), SHORT, SHORT))) {
            RedisLoginRateLimiter limiter = new RedisLoginRateLimiter(gateway, "photostore:");

            assertTimeoutPreemptively(PROMPTLY, () -> assertUnavailable(() -> limiter.status("account:someone", LIMIT)));
        }
    }

    @Test
    void theUnavailableErrorNeverCarriesThePassword() {
        String withPassword = "redis://:not-for-logs-42@127.0.0.1:" + FreePort.find();
        try (RedisGateway gateway = RedisGateway.open(new RedisSettings(withPassword, SHORT, SHORT))) {
            RedisLoginRateLimiter limiter = new RedisLoginRateLimiter(gateway, "photostore:");

            assertThatThrownBy(() -> limiter.reset("account:someone"))
                    .isInstanceOf(UnavailableException.class)
                    .satisfies(e -> assertThat(ErrorMessages.of(e)).doesNotContain("not-for-logs-42"));
            assertThat(new RedisSettings(withPassword, SHORT, SHORT).toString()).doesNotContain("not-for-logs-42");
        }
    }

    private static void assertUnavailable(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(UnavailableException.class);
    }
}
