package com.photostore.adapters.common.redis;

import com.photostore.domain.session.RefreshTokenHash;
import com.photostore.domain.session.Session;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.session.SessionPolicy;
import com.photostore.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** Random sessions, ids and refresh-token hashes for the Redis adapter tests. */
final class SessionSamples {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionSamples() {
    }

    static SessionId sessionId() {
        byte[] bytes = new byte[SessionId.BYTES];
        RANDOM.nextBytes(bytes);
        return SessionId.fromBytes(bytes);
    }

    static RefreshTokenHash tokenHash() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new RefreshTokenHash(HexFormat.of().formatHex(bytes));
    }

    static UserId userId() {
        return new UserId(UUID.randomUUID());
    }

    static Session session(UserId user, Instant now, SessionPolicy policy) {
        return Session.start(sessionId(), user, tokenHash(), now, policy);
    }

    static Session session(UserId user, Instant now) {
        return session(user, now, SessionPolicy.DEFAULT);
    }
}
