package com.photostore.application.service;

import com.photostore.domain.error.UnauthorizedException;
import com.photostore.domain.session.RefreshToken;
import com.photostore.domain.session.Session;
import com.photostore.domain.session.SessionPolicy;
import com.photostore.port.in.RefreshSessionCommand;
import com.photostore.port.in.RefreshSessionUseCase;
import com.photostore.port.in.SessionTokens;
import com.photostore.port.out.Clock;
import com.photostore.port.out.RandomTokens;
import com.photostore.port.out.RevokedSessions;
import com.photostore.port.out.RotationOutcome;
import com.photostore.port.out.SessionStore;
import com.photostore.port.out.Settings;
import com.photostore.port.out.TokenCodec;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Rotates a session's refresh token on every use and revokes the session, refusing its access tokens too, when an
 * old token comes back.
 */
public final class RefreshSessionService implements RefreshSessionUseCase {
    static final String INVALID_TOKEN = "the refresh token is not valid";
    static final String SESSION_REVOKED = "the refresh token was already used, so the session was revoked; log in again";

    private final SessionStore sessions;
    private final Clock clock;
    private final ServiceSettings settings;
    private final SessionTokenIssuer issuer;
    private final SessionRevocation revocation;
    private final SecurityAlarm alarm;

    public RefreshSessionService(SessionStore sessions, RevokedSessions revoked, SecurityAlarm alarm, TokenCodec tokens,
                                 RandomTokens random, Clock clock, Settings settings) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = new ServiceSettings(settings);
        this.issuer = new SessionTokenIssuer(Objects.requireNonNull(tokens, "tokens"), Objects.requireNonNull(random, "random"));
        this.revocation = new SessionRevocation(revoked, clock, settings);
        this.alarm = Objects.requireNonNull(alarm, "alarm");
    }

    @Override
    public SessionTokens refresh(RefreshSessionCommand command) {
        RefreshToken presented = RefreshToken.tryParse(command.refreshToken())
                .orElseThrow(() -> new UnauthorizedException(INVALID_TOKEN));
        Instant now = clock.now();
        Session session = sessions.find(presented.sessionId())
                .filter(s -> !s.isExpiredAt(now))
                .orElseThrow(() -> new UnauthorizedException(INVALID_TOKEN));
        SessionPolicy policy = settings.sessionPolicy();
        RefreshToken next = issuer.newRefreshToken(session.id());
        RotationOutcome outcome = sessions.rotate(session.id(), presented.hash(), next.hash(), now, policy);
        return switch (outcome) {
            case ROTATED -> issuer.tokensFor(session.rotated(next.hash(), now, policy), next, now, policy);
            case REUSED_SESSION_REVOKED -> {
                revocation.revoke(List.of(session.id()));
                alarm.refreshTokenReused(session);
                throw new UnauthorizedException(SESSION_REVOKED);
            }
            case UNKNOWN -> throw new UnauthorizedException(INVALID_TOKEN);
        };
    }
}
