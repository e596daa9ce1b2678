package com.photostore.domain.error;

import java.time.Duration;
import java.util.Objects;

/** A backend the core needs did not answer in time or failed; the request may succeed later. */
public final class UnavailableException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public UnavailableException(String message, Throwable cause) {
        this(message, Duration.ofSeconds(1), cause);
    }

    public UnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** A suggested wait before retrying. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNAVAILABLE;
    }
}
