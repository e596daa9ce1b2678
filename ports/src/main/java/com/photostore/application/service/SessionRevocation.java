package com.photostore.application.service;

import com.photostore.domain.session.SessionId;
import com.photostore.port.out.Clock;
import com.photostore.port.out.RevokedSessions;
import com.photostore.port.out.Settings;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * Refuses the access tokens of ended sessions until the last of them has expired: the access-token lifetime from
 * now, plus the clock skew token verification tolerates.
 */
final class SessionRevocation {
    static final Duration CLOCK_SKEW_MARGIN = Duration.ofMinutes(1);

    private final RevokedSessions revoked;
    private final Clock clock;
    private final ServiceSettings settings;

    SessionRevocation(RevokedSessions revoked, Clock clock, Settings settings) {
        this.revoked = Objects.requireNonNull(revoked, "revoked");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = new ServiceSettings(settings);
    }

    void revoke(Collection<SessionId> sessions) {
        if (sessions.isEmpty()) {
            return;
        }
        Instant until = clock.now().plus(settings.sessionPolicy().accessTokenLifetime()).plus(CLOCK_SKEW_MARGIN);
        revoked.revoke(sessions, until);
    }
}
