package com.photostore.adapters.common.testing;

/** A Redis server started for tests, reachable on the loopback address until it is closed. */
public interface RunningRedis extends AutoCloseable {

    String host();

    int port();

    /** The {@code redis://} URI of the server. */
    default String uri() {
        return "redis://" + host() + ":" + port();
    }

    /** Stops the server; it no longer answers afterwards. */
    @Override
    void close();
}
