package com.photostore.application.service;

import com.photostore.domain.error.UnauthorizedException;
import com.photostore.domain.session.AccessClaims;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.AuthenticateRequestUseCase;
import com.photostore.port.out.Clock;
import com.photostore.port.out.RevokedSessions;
import com.photostore.port.out.SecurityEvent;
import com.photostore.port.out.SecurityEventKind;
import com.photostore.port.out.SecurityEvents;
import com.photostore.port.out.TokenCodec;

import java.util.Objects;

/** Accepts a request's access token when it is genuine, unexpired and its session has not been revoked. */
public final class AuthenticateRequestService implements AuthenticateRequestUseCase {
    static final String MISSING = "an access token is required";
    static final String INVALID = "the access token is not valid or has expired";
    static final String REVOKED = "the session of this access token has ended; log in again";
    private static final int MAX_TOKEN_LENGTH = 8192;

    private final TokenCodec tokens;
    private final RevokedSessions revoked;
    private final SecurityEvents events;
    private final Clock clock;

    public AuthenticateRequestService(TokenCodec tokens, RevokedSessions revoked, SecurityEvents events, Clock clock) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.revoked = Objects.requireNonNull(revoked, "revoked");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Principal authenticate(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new UnauthorizedException(MISSING);
        }
        if (accessToken.length() > MAX_TOKEN_LENGTH) {
            throw new UnauthorizedException(INVALID);
        }
        Principal principal = tokens.verify(accessToken, clock.now())
                .map(AccessClaims::principal)
                .orElseThrow(() -> new UnauthorizedException(INVALID));
        if (revoked.isRevoked(principal.sessionId())) {
            events.record(SecurityEvent.of(SecurityEventKind.REVOKED_TOKEN_USED, principal.userId(),
                    "session " + principal.sessionId().value()));
            throw new UnauthorizedException(REVOKED);
        }
        return principal;
    }
}
