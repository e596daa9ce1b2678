package com.photostore.application.service;

import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.session.Session;
import com.photostore.port.out.Alerts;
import com.photostore.port.out.SecurityEvent;
import com.photostore.port.out.SecurityEventKind;
import com.photostore.port.out.SecurityEvents;
import java.util.Objects;

/**
 * Reports the events that call for an operator at once: recorded as a security event and raised as an alert; an
 * alert backend that cannot be reached does not fail the request (the event is recorded all the same).
 */
public final class SecurityAlarm {
    private static final System.Logger LOG = System.getLogger(SecurityAlarm.class.getName());

    private final SecurityEvents events;
    private final Alerts alerts;

    public SecurityAlarm(SecurityEvents events, Alerts alerts) {
        this.events = Objects.requireNonNull(events, "events");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
    }

    /** A rotated refresh token came back: someone holds a copy of it, and the session was revoked. */
    void refreshTokenReused(Session session) {
        String detail = "session " + session.id().value() + " revoked";
        events.record(SecurityEvent.of(SecurityEventKind.REFRESH_TOKEN_REUSED, session.userId(), detail));
        try {
            alerts.raise("Photostore: refresh token reused",
                    "A refresh token that had already been used came back for user " + session.userId()
                            + "; " + detail + ". Someone may hold a copy of that user's tokens.");
        } catch (UnavailableException e) {
            LOG.log(System.Logger.Level.ERROR, "the alert of a reused refresh token could not be raised", e);
        }
    }
}
