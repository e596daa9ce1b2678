package com.photostore.domain.query;

import java.time.Instant;

/** A half-open interval of time, {@code [from, to)}; either end may be open ({@code null}). */
public record TimeRange(Instant from, Instant to) {
    public static final TimeRange ALL = new TimeRange(null, null);

    public TimeRange {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from is before to");
        }
    }

    /** Whether the instant lies in the range. */
    public boolean contains(Instant instant) {
        return (from == null || !instant.isBefore(from)) && (to == null || instant.isBefore(to));
    }

    /** Whether neither end is set. */
    public boolean isUnbounded() {
        return from == null && to == null;
    }
}
