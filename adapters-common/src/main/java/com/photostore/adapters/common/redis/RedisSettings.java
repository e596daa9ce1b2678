package com.photostore.adapters.common.redis;

import java.time.Duration;
import java.util.Objects;

/** Where Redis is ({@code redis://} or {@code rediss://} URI, which may carry a password) and how long to wait for it. */
public record RedisSettings(String uri, Duration commandTimeout, Duration connectTimeout) {
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

    public RedisSettings {
        Objects.requireNonNull(uri, "uri");
        requirePositive(commandTimeout, "commandTimeout");
        requirePositive(connectTimeout, "connectTimeout");
    }

    /** Settings with the default time-outs. */
    public static RedisSettings of(String uri) {
        return new RedisSettings(uri, DEFAULT_COMMAND_TIMEOUT, DEFAULT_CONNECT_TIMEOUT);
    }

    private static void requirePositive(Duration timeout, String name) {
        Objects.requireNonNull(timeout, name);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    @Override
    public String toString() {
        return "RedisSettings[uri=redacted, commandTimeout=" + commandTimeout + ", connectTimeout=" + connectTimeout + "]";
    }
}
