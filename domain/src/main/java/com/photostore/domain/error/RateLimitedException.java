package com.photostore.domain.error;

import java.time.Duration;
import java.util.Objects;

/** Too many attempts; the caller may try again after {@link #retryAfter()}. */
public final class RateLimitedException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long the caller should wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.RATE_LIMITED;
    }
}
