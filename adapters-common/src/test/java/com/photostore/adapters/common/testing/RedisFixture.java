package com.photostore.adapters.common.testing;

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
