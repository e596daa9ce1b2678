package com.photostore.domain.session;

import com.photostore.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** What an access token asserts: who, through which session, and for how long. */
public record AccessClaims(UserId userId, SessionId sessionId, Instant issuedAt, Instant expiresAt) {
    public AccessClaims {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a token expires after it is issued");
        }
    }

    /** The caller these claims identify. */
    public Principal principal() {
        return new Principal(userId, sessionId);
    }
}
