package com.photostore.domain.session;

import com.photostore.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One login: the refresh-token family of a user on one device. It holds the hash of the one refresh
 * token currently valid, when it began, when it was last refreshed and when it ends.
 */
public record Session(SessionId id, UserId userId, RefreshTokenHash refreshTokenHash,
                      Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(refreshTokenHash, "refreshTokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (lastUsedAt.isBefore(createdAt) || expiresAt.isBefore(lastUsedAt)) {
            throw new IllegalArgumentException("createdAt <= lastUsedAt <= expiresAt");
        }
    }

    /** A new session under a policy. */
    public static Session start(SessionId id, UserId userId, RefreshTokenHash hash, Instant now, SessionPolicy policy) {
        return new Session(id, userId, hash, now, now, policy.expiresAt(now, now));
    }

    /** This session after a refresh at {@code now} that replaced its refresh token. */
    public Session rotated(RefreshTokenHash next, Instant now, SessionPolicy policy) {
        Instant used = now.isBefore(lastUsedAt) ? lastUsedAt : now;
        return new Session(id, userId, next, createdAt, used, policy.expiresAt(createdAt, used));
    }

    /** Whether the session has ended at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
