package com.photostore.adapters.common.redis;

import com.photostore.adapters.common.testing.FreePort;
import com.photostore.adapters.common.testing.RedisFixture;
import com.photostore.adapters.common.testing.RunningRedis;
import com.photostore.domain.session.SessionId;
import com.photostore.port.out.contract.Fresh;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * What the revocation check adds to every authenticated request on the server: one {@code EXISTS} on Redis through
 * the gateway's pool, for a session that is live (the common case) and for one that was revoked; sampled, so the
 * report gives the median and the tail.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class RevocationCheckBenchmark {

    /** Latency the proxy adds each way, in microseconds; 0 connects to Redis directly. */
    @Param({"0", "250"})
    public int oneWayLatencyMicros;

    private RunningRedis server;
    private DelayingProxy proxy;
    private RedisGateway gateway;
    private RedisRevokedSessions revoked;
    private SessionId live;
    private SessionId ended;

    @Setup(Level.Trial)
    public void start() {
        server = RedisFixture.startEmbedded(FreePort.find());
        String uri = server.uri();
        if (oneWayLatencyMicros > 0) {
            proxy = new DelayingProxy(server.host(), server.port(), Duration.ofNanos(oneWayLatencyMicros * 1_000L));
            uri = proxy.uri();
        }
        gateway = RedisGateway.open(RedisSettings.of(uri), 16);
        revoked = new RedisRevokedSessions(gateway, RedisFixture.uniquePrefix("bench"));
        live = Fresh.sessionId();
        ended = Fresh.sessionId();
        revoked.revoke(List.of(ended), Instant.now().plus(Duration.ofHours(1)));
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
    public boolean liveSession() {
        return revoked.isRevoked(live);
    }

    @Benchmark
    public boolean revokedSession() {
        return revoked.isRevoked(ended);
    }
}
