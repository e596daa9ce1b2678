package com.photostore.port.in;

import java.time.Duration;
import java.util.Objects;

/** What a client receives on log-in and refresh; never printed. */
public record SessionTokens(String accessToken, Duration accessExpiresIn, String refreshToken, Duration refreshExpiresIn) {
    public SessionTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessExpiresIn, "accessExpiresIn");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(refreshExpiresIn, "refreshExpiresIn");
    }

    @Override
    public String toString() {
        return "SessionTokens[redacted, accessExpiresIn=" + accessExpiresIn + ", refreshExpiresIn=" + refreshExpiresIn + "]";
    }
}
