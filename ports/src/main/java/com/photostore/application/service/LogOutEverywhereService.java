package com.photostore.application.service;

import com.photostore.domain.session.Principal;
import com.photostore.port.in.LogOutEverywhereUseCase;
import com.photostore.port.out.SessionStore;

import java.util.Objects;

/** Ends every session of the caller, on every device. */
public final class LogOutEverywhereService implements LogOutEverywhereUseCase {
    private final SessionStore sessions;

    public LogOutEverywhereService(SessionStore sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public int logOutEverywhere(Principal principal) {
        return sessions.deleteAllOf(principal.userId());
    }
}
