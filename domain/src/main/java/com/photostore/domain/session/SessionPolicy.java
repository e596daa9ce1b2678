package com.photostore.domain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** How long sessions live: they end after a period without refresh, and at the latest after an absolute lifetime. */
public record SessionPolicy(Duration accessTokenLifetime, Duration inactivityTimeout, Duration absoluteLifetime) {
    public static final SessionPolicy DEFAULT =
            new SessionPolicy(Duration.ofMinutes(15), Duration.ofDays(14), Duration.ofDays(90));

    public SessionPolicy {
        Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
        Objects.requireNonNull(inactivityTimeout, "inactivityTimeout");
        Objects.requireNonNull(absoluteLifetime, "absoluteLifetime");
        if (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero()
                || inactivityTimeout.isNegative() || inactivityTimeout.isZero()
                || absoluteLifetime.compareTo(inactivityTimeout) < 0) {
            throw new IllegalArgumentException("lifetimes are positive and the absolute lifetime is at least the inactivity timeout");
        }
    }

    /** When a session created at {@code createdAt} and last refreshed at {@code lastUsedAt} ends. */
    public Instant expiresAt(Instant createdAt, Instant lastUsedAt) {
        Instant inactive = lastUsedAt.plus(inactivityTimeout);
        Instant absolute = createdAt.plus(absoluteLifetime);
        return inactive.isBefore(absolute) ? inactive : absolute;
    }
}
