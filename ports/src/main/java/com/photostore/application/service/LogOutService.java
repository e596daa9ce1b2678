package com.photostore.application.service;

import com.photostore.domain.session.Principal;
import com.photostore.port.in.LogOutUseCase;
import com.photostore.port.out.SessionStore;

import com.photostore.port.out.Clock;
import com.photostore.port.out.RevokedSessions;
import com.photostore.port.out.Settings;
import java.util.List;
import java.util.Objects;

/** Ends the session a request was authenticated with and refuses its access tokens from then on. */
public final class LogOutService implements LogOutUseCase {
    private final SessionStore sessions;
    private final SessionRevocation revocation;

    public LogOutService(SessionStore sessions, RevokedSessions revoked, Clock clock, Settings settings) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.revocation = new SessionRevocation(revoked, clock, settings);
    }

    @Override
    public void logOut(Principal principal) {
        revocation.revoke(List.of(principal.sessionId()));
        sessions.delete(principal.sessionId());
    }
}
