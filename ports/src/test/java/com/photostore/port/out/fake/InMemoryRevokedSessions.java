package com.photostore.port.out.fake;

import com.photostore.domain.session.SessionId;
import com.photostore.port.out.Clock;
import com.photostore.port.out.RevokedSessions;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Revoked sessions in memory, each forgotten once the clock passes its {@code until}. */
public final class InMemoryRevokedSessions implements RevokedSessions {
    private final Map<SessionId, Instant> revoked = new HashMap<>();
    private final Clock clock;

    public InMemoryRevokedSessions(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized void revoke(Collection<SessionId> sessions, Instant until) {
        Objects.requireNonNull(until, "until");
        for (SessionId session : sessions) {
            revoked.put(Objects.requireNonNull(session, "session"), until);
        }
    }

    @Override
    public synchronized boolean isRevoked(SessionId session) {
        Instant until = revoked.get(Objects.requireNonNull(session, "session"));
        if (until != null && !until.isAfter(clock.now())) {
            revoked.remove(session);
            return false;
        }
        return until != null;
    }
}
