package com.photostore.application.service;

import com.photostore.domain.session.Principal;
import com.photostore.port.in.LogOutUseCase;
import com.photostore.port.out.SessionStore;

import java.util.Objects;

/** Ends the session a request was authenticated with. */
public final class LogOutService implements LogOutUseCase {
    private final SessionStore sessions;

    public LogOutService(SessionStore sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public void logOut(Principal principal) {
        sessions.delete(principal.sessionId());
    }
}
