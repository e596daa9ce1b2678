package com.photostore.application.service;

import com.photostore.domain.session.AccessClaims;
import com.photostore.domain.session.RefreshToken;
import com.photostore.domain.session.Session;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.session.SessionPolicy;
import com.photostore.port.in.SessionTokens;
import com.photostore.port.out.IssuedToken;
import com.photostore.port.out.RandomTokens;
import com.photostore.port.out.TokenCodec;

import java.time.Duration;
import java.time.Instant;

/** Makes fresh refresh tokens and hands out the tokens of a session: a new access token and its refresh token. */
final class SessionTokenIssuer {
    private final TokenCodec tokens;
    private final RandomTokens random;

    SessionTokenIssuer(TokenCodec tokens, RandomTokens random) {
        this.tokens = tokens;
        this.random = random;
    }

    RefreshToken newRefreshToken(SessionId sessionId) {
        return RefreshToken.issue(sessionId, random.bytes(RefreshToken.SECRET_BYTES));
    }

    /** The tokens of a session whose current refresh token is {@code refreshToken}, at {@code now}. */
    SessionTokens tokensFor(Session session, RefreshToken refreshToken, Instant now, SessionPolicy policy) {
        AccessClaims claims = new AccessClaims(session.userId(), session.id(), now, now.plus(policy.accessTokenLifetime()));
        IssuedToken access = tokens.issue(claims);
        return new SessionTokens(access.token(), nonNegative(Duration.between(now, access.expiresAt())),
                refreshToken.reveal(), nonNegative(Duration.between(now, session.expiresAt())));
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
