package com.photostore.port.in;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a client receives on log-in and refresh; never printed. A log-in also gives a device token, the browser's
 * proof that it logged in to the account before, which lets it past limits that others' failures fill.
 */
public record SessionTokens(String accessToken, Duration accessExpiresIn, String refreshToken, Duration refreshExpiresIn,
                            Optional<String> deviceToken) {
    public SessionTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessExpiresIn, "accessExpiresIn");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(refreshExpiresIn, "refreshExpiresIn");
        Objects.requireNonNull(deviceToken, "deviceToken");
    }

    /** Tokens of a refresh, which carry no device token. */
    public SessionTokens(String accessToken, Duration accessExpiresIn, String refreshToken, Duration refreshExpiresIn) {
        this(accessToken, accessExpiresIn, refreshToken, refreshExpiresIn, Optional.empty());
    }

    /** The same tokens with a device token. */
    public SessionTokens withDeviceToken(String token) {
        return new SessionTokens(accessToken, accessExpiresIn, refreshToken, refreshExpiresIn, Optional.of(token));
    }

    @Override
    public String toString() {
        return "SessionTokens[redacted, accessExpiresIn=" + accessExpiresIn + ", refreshExpiresIn=" + refreshExpiresIn + "]";
    }
}
