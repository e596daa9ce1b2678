package com.photostore.adapters.local.config;

import java.util.Objects;

/** An external Redis server as a {@code redis://} or {@code rediss://} URI, which may carry a password and is never printed. */
public record RedisEndpoint(String uri) {
    public RedisEndpoint {
        Objects.requireNonNull(uri, "uri");
    }

    @Override
    public String toString() {
        return "RedisEndpoint[redacted]";
    }
}
