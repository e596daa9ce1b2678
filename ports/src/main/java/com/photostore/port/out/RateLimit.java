package com.photostore.port.out;

import java.time.Duration;
import java.util.Objects;

/** At most {@code maxFailures} failed attempts within any sliding {@code window}. */
public record RateLimit(int maxFailures, Duration window) {
    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a positive count and window");
        }
    }
}
