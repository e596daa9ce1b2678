package com.photostore.application.service;

import com.photostore.domain.session.Principal;
import com.photostore.port.in.LogOutEverywhereUseCase;
import com.photostore.port.out.SessionStore;

import com.photostore.domain.session.SessionId;
import com.photostore.port.out.Clock;
import com.photostore.port.out.RevokedSessions;
import com.photostore.port.out.Settings;
import java.util.List;
import java.util.Objects;

/**
 * Ends every session of the caller, on every device, and refuses their access tokens from then on: the sessions
 * live before are revoked before they end, and any that began meanwhile as they end.
 */
public final class LogOutEverywhereService implements LogOutEverywhereUseCase {
    private final SessionStore sessions;
    private final SessionRevocation revocation;

    public LogOutEverywhereService(SessionStore sessions, RevokedSessions revoked, Clock clock, Settings settings) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.revocation = new SessionRevocation(revoked, clock, settings);
    }

    @Override
    public int logOutEverywhere(Principal principal) {
        List<SessionId> live = sessions.idsOf(principal.userId());
        revocation.revoke(live);
        List<SessionId> ended = sessions.deleteAllOf(principal.userId());
        revocation.revoke(ended.stream().filter(id -> !live.contains(id)).toList());
        return ended.size();
    }
}
