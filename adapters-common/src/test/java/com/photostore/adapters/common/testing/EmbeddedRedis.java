package com.photostore.adapters.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import redis.embedded.RedisServer;
import redis.embedded.core.RedisServerBuilder;

/** The Redis binary shipped in the embedded-redis jar, run as a child process on a free loopback port. */
final class EmbeddedRedis implements RunningRedis {
    private static final int ATTEMPTS = 3;

    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts a server, retrying on another port if the chosen one was taken in the meantime. */
    static EmbeddedRedis start() {
        IOException failure = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return start(FreePort.find(), List.of());
            } catch (IOException e) {
                failure = e;
            }
        }
        throw new UncheckedIOException("the embedded Redis server did not start", failure);
    }

    /** Starts a server on this port with these {@code redis.conf} lines besides the ones every test server has. */
    static EmbeddedRedis start(int port, List<String> configuration) throws IOException {
        RedisServerBuilder builder = RedisServer.newRedisServer()
                .port(port)
                .bind("127.0.0.1")
                .setting("save \"\"")
                .setting("appendonly no");
        configuration.forEach(builder::setting);
        RedisServer server = builder.build();
        server.start();
        return new EmbeddedRedis(server, port);
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded Redis server did not stop", e);
        }
    }
}
