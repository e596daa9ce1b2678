package com.photostore.adapters.common.redis;

import com.photostore.adapters.common.testing.FreePort;
import com.photostore.adapters.common.testing.RedisFixture;
import com.photostore.adapters.common.testing.RunningRedis;
import com.photostore.domain.session.Session;
import com.photostore.domain.session.SessionPolicy;
import com.photostore.port.out.RateLimit;
import com.photostore.port.out.contract.Fresh;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How many successful log-ins per second the Redis adapters carry (two rate-limit checks, the reset of the account's
 * failures and the new session) with a pool of 1, 4 or 16 connections, directly or through a proxy that adds network
 * latency; run it with {@code -t 1} (a Lambda function) and {@code -t 16} (the server under load).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class RedisLogInBenchmark {
    private static final RateLimit ACCOUNT_LIMIT = new RateLimit(5, Duration.ofMinutes(15));
    private static final RateLimit ADDRESS_LIMIT = new RateLimit(50, Duration.ofMinutes(15));

    @Param({"1", "4", "16"})
    public int connections;

    /** Latency the proxy adds each way, in microseconds; 0 connects to Redis directly. */
    @Param({"0", "250"})
    public int oneWayLatencyMicros;

    private RunningRedis server;
    private DelayingProxy proxy;
    private RedisGateway gateway;
    private RedisLoginRateLimiter limiter;
    private RedisSessionStore sessions;

    @Setup(Level.Trial)
    public void start() {
        server = RedisFixture.startEmbedded(FreePort.find());
        String uri = server.uri();
        if (oneWayLatencyMicros > 0) {
            proxy = new DelayingProxy(server.host(), server.port(), Duration.ofNanos(oneWayLatencyMicros * 1_000L));
            uri = proxy.uri();
        }
        gateway = RedisGateway.open(RedisSettings.of(uri), connections);
        String prefix = RedisFixture.uniquePrefix("bench");
        limiter = new RedisLoginRateLimiter(gateway, prefix);
        sessions = new RedisSessionStore(gateway, prefix);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        gateway.close();
        if (proxy != null) {
            proxy.close();
        }
        server.close();
    }

    @Benchmark
    public Session logIn() {
        String account = "account:user-" + ThreadLocalRandom.current().nextInt(10_000);
        limiter.status(account, ACCOUNT_LIMIT);
        limiter.status("address:192.0.2.1", ADDRESS_LIMIT);
        limiter.reset(account);
        Session session = Session.start(Fresh.sessionId(), Fresh.userId(), Fresh.refreshTokenHash(), Instant.now(), SessionPolicy.DEFAULT);
        sessions.create(session);
        return session;
    }
}
