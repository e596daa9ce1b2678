package com.photostore.domain.session;

import com.photostore.domain.encoding.Base64Url;
import com.photostore.domain.encoding.Sha256;
import java.util.Objects;
import java.util.Optional;

/**
 * The long-lived secret a client trades for new access tokens: the session id and 256 random bits,
 * {@code <sessionId>.<secret>}. Only its hash is stored; it is rotated on every refresh. Never printed.
 */
public final class RefreshToken {
    public static final int SECRET_BYTES = 32;

    private final SessionId sessionId;
    private final String value;

    private RefreshToken(SessionId sessionId, String value) {
        this.sessionId = sessionId;
        this.value = value;
    }

    /** A new token for a session from 32 random bytes. */
    public static RefreshToken issue(SessionId sessionId, byte[] secret) {
        if (secret.length != SECRET_BYTES) {
            throw new IllegalArgumentException("a refresh token secret is 32 bytes");
        }
        return new RefreshToken(sessionId, sessionId.value() + "." + Base64Url.encode(secret));
    }

    /** Parses what a client sent; empty when it cannot be a refresh token. */
    public static Optional<RefreshToken> tryParse(String text) {
        if (text == null || text.length() > 100) {
            return Optional.empty();
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        Optional<SessionId> id = SessionId.tryParse(text.substring(0, dot));
        if (id.isEmpty() || !Base64Url.isEncodingOf(text.substring(dot + 1), SECRET_BYTES)) {
            return Optional.empty();
        }
        return Optional.of(new RefreshToken(id.get(), text));
    }

    /** The session this token belongs to. */
    public SessionId sessionId() {
        return sessionId;
    }

    /** The hash under which the token is stored. */
    public RefreshTokenHash hash() {
        return new RefreshTokenHash(Sha256.ofUtf8(value).hex());
    }

    /** The token itself, to hand to its owner once. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RefreshToken other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "RefreshToken[" + sessionId + ", redacted]";
    }
}
