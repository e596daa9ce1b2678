package com.photostore.adapters.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import redis.embedded.RedisServer;

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
            int port = FreePort.find();
            try {
                RedisServer server = RedisServer.newRedisServer()
                        .port(port)
                        .bind("127.0.0.1")
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .build();
                server.start();
                return new EmbeddedRedis(server, port);
            } catch (IOException e) {
                failure = e;
            }
        }
        throw new UncheckedIOException("the embedded Redis server did not start", failure);
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
