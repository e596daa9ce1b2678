package com.photostore.adapters.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * Redis for tests: one server shared by every test of the JVM, started on first use and stopped when the JVM
 * exits — a container where a Docker engine runs, the embedded binary otherwise — and private servers for tests
 * that need to stop one.
 */
public final class RedisFixture {
    private RedisFixture() {
    }

    /** The server this JVM's tests share; isolate data with {@link #uniquePrefix(String)} and never close it. */
    public static RunningRedis shared() {
        return Shared.SERVER;
    }

    /** A server of the caller's own, which the caller closes; the embedded binary when no container can be had. */
    public static RunningRedis startDedicated() {
        if (DockerProbe.engineAvailable()) {
            try {
                return ContainerRedis.start();
            } catch (RuntimeException containerFailed) {
                return EmbeddedRedis.start();
            }
        }
        return EmbeddedRedis.start();
    }

    /**
     * A server of the caller's own on this port, always the embedded binary, with these extra {@code redis.conf}
     * lines (for example {@code requirepass …}); the caller closes it, and may start another on the same port.
     */
    public static RunningRedis startEmbedded(int port, String... configuration) {
        try {
            return EmbeddedRedis.start(port, List.of(configuration));
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded Redis server did not start on port " + port, e);
        }
    }

    /** A key prefix no other test uses, so tests can share the server. */
    public static String uniquePrefix(String name) {
        return "photostore-test:" + name + ":" + UUID.randomUUID() + ":";
    }

    private static final class Shared {
        private static final RunningRedis SERVER = startShared();

        private static RunningRedis startShared() {
            RunningRedis server = startDedicated();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shared-redis-stop"));
            return server;
        }
    }
}
