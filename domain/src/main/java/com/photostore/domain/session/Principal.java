package com.photostore.domain.session;

import com.photostore.domain.user.UserId;
import java.util.Objects;

/** The authenticated caller of a request: a user acting through one session. */
public record Principal(UserId userId, SessionId sessionId) {
    public Principal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
