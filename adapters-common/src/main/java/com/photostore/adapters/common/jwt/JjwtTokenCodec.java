package com.photostore.adapters.common.jwt;

import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.session.AccessClaims;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.IssuedToken;
import com.photostore.port.out.KeyRing;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.SigningKey;
import com.photostore.port.out.TokenCodec;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

/** Access tokens as HS256-signed JWTs whose {@code kid} names a key of the access-token key ring. */
public final class JjwtTokenCodec implements TokenCodec {
    static final String SESSION_CLAIM = "sid";
    static final String TYPE_CLAIM = "typ";
    static final String ACCESS_TYPE = "access";
    private static final int MAX_TOKEN_LENGTH = 8 * 1024;

    private final Secrets secrets;
    private final String issuer;
    private final String audience;

    public JjwtTokenCodec(Secrets secrets, String issuer, String audience) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.issuer = requireText(issuer, "issuer");
        this.audience = requireText(audience, "audience");
    }

    @Override
    public IssuedToken issue(AccessClaims claims) {
        SigningKey key = secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS).current();
        Instant issuedAt = claims.issuedAt().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = claims.expiresAt().truncatedTo(ChronoUnit.SECONDS);
        String token = Jwts.builder()
                .header().keyId(key.id()).and()
                .issuer(issuer)
                .audience().add(audience).and()
                .subject(claims.userId().toString())
                .claim(SESSION_CLAIM, claims.sessionId().value())
                .claim(TYPE_CLAIM, ACCESS_TYPE)
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(expiresAt))
                .signWith(KeyRingLocator.secretKey(key), Jwts.SIG.HS256)
                .compact();
        return new IssuedToken(token, expiresAt);
    }

    @Override
    public Optional<AccessClaims> verify(String token, Instant now) {
        Objects.requireNonNull(now, "now");
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        KeyRing ring = secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS);
        try {
            Claims claims = parser(ring, now).parseSignedClaims(token).getPayload();
            return accessClaims(claims, now);
        } catch (JwtException | InvalidInputException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private JwtParser parser(KeyRing ring, Instant now) {
        return Jwts.parser()
                .sig().clear().add(Jwts.SIG.HS256).and()
                .zip().clear().and()
                .keyLocator(new KeyRingLocator(ring))
                .clock(() -> Date.from(now))
                .requireIssuer(issuer)
                .requireAudience(audience)
                .require(TYPE_CLAIM, ACCESS_TYPE)
                .build();
    }

    private static Optional<AccessClaims> accessClaims(Claims claims, Instant now) {
        Date issuedAt = claims.getIssuedAt();
        Date expiresAt = claims.getExpiration();
        String subject = claims.getSubject();
        Optional<SessionId> sessionId = SessionId.tryParse(claims.get(SESSION_CLAIM, String.class));
        if (issuedAt == null || expiresAt == null || subject == null || sessionId.isEmpty()
                || !now.isBefore(expiresAt.toInstant())) {
            return Optional.empty();
        }
        return Optional.of(new AccessClaims(
                UserId.parse(subject), sessionId.get(), issuedAt.toInstant(), expiresAt.toInstant()));
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is not blank");
        }
        return value;
    }
}
