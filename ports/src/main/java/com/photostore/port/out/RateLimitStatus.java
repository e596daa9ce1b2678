package com.photostore.port.out;

import java.time.Duration;
import java.util.Objects;

/** Whether a key may try again now, and if not, after how long. */
public record RateLimitStatus(boolean limited, Duration retryAfter) {
    public static final RateLimitStatus ALLOWED = new RateLimitStatus(false, Duration.ZERO);

    public RateLimitStatus {
        Objects.requireNonNull(retryAfter, "retryAfter");
    }
}
