package com.photostore.adapters.common.redis;

import com.photostore.domain.session.Session;
import com.photostore.domain.session.SessionPolicy;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.contract.Fresh;
import java.time.Instant;

/** New sessions with fresh ids and refresh-token hashes for the Redis adapter tests. */
final class SessionSamples {
    private SessionSamples() {
    }

    static Session session(UserId user, Instant now, SessionPolicy policy) {
        return Session.start(Fresh.sessionId(), user, Fresh.refreshTokenHash(), now, policy);
    }

    static Session session(UserId user, Instant now) {
        return session(user, now, SessionPolicy.DEFAULT);
    }
}
