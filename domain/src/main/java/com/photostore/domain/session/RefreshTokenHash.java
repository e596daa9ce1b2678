package com.photostore.domain.session;

import java.util.Objects;

/** The SHA-256 (hex) of a refresh token, which is what a session store keeps. */
public record RefreshTokenHash(String hex) {
    public RefreshTokenHash {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a refresh-token hash is 64 lower-case hex digits");
        }
    }
}
