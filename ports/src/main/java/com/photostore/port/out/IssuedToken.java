package com.photostore.port.out;

import java.time.Instant;
import java.util.Objects;

/** A signed access token and when it expires; the token is never printed. */
public record IssuedToken(String token, Instant expiresAt) {
    public IssuedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "IssuedToken[redacted, expiresAt=" + expiresAt + "]";
    }
}
