package com.photostore.adapters.common.support;

import java.util.Objects;
import java.util.Optional;

/** The access key a request is signed with, and the session token of temporary credentials; printed without secrets. */
public record SigningCredentials(String accessKey, String secretKey, Optional<String> sessionToken) {
    public SigningCredentials {
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(sessionToken, "sessionToken");
    }

    @Override
    public String toString() {
        return "SigningCredentials[" + accessKey + ", secret and token redacted]";
    }
}
