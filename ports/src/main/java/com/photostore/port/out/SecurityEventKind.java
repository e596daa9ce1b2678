package com.photostore.port.out;

/** The kinds of security-relevant events the core reports. */
public enum SecurityEventKind {
    /** A log-in with a wrong username or password. */
    LOG_IN_FAILED,
    /** A log-in refused because its account or address failed too often. */
    LOG_IN_RATE_LIMITED,
    /** A sign-up refused because its address tried too often. */
    SIGN_UP_RATE_LIMITED,
    /** A refresh token that had already been rotated came back, so its session was revoked. */
    REFRESH_TOKEN_REUSED,
    /** A genuine, unexpired access token of a revoked session was presented. */
    REVOKED_TOKEN_USED,
    /** An uploaded file failed verification and was rejected. */
    UPLOAD_REJECTED
}
