package com.photostore.port.out;

import com.photostore.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * One security-relevant event: its kind, the account it concerns when known, and a short detail written by the core
 * (never a password, a token or a hash of one).
 */
public record SecurityEvent(SecurityEventKind kind, Optional<UserId> userId, String detail) {
    public SecurityEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(detail, "detail");
    }

    /** An event about a known account. */
    public static SecurityEvent of(SecurityEventKind kind, UserId userId, String detail) {
        return new SecurityEvent(kind, Optional.of(userId), detail);
    }

    /** An event whose account is unknown (an unknown username, say). */
    public static SecurityEvent anonymous(SecurityEventKind kind, String detail) {
        return new SecurityEvent(kind, Optional.empty(), detail);
    }
}
