package com.photostore.domain.photo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * When a photo was taken: the camera's local date-time and, when the file records it, its UTC offset.
 * Without an offset the local time is read as UTC.
 */
public record TakenAt(LocalDateTime local, ZoneOffset offset) {
    public TakenAt {
        Objects.requireNonNull(local, "local");
    }

    /** A moment with a known offset. */
    public static TakenAt of(Instant instant, ZoneOffset offset) {
        return new TakenAt(LocalDateTime.ofInstant(instant, offset), offset);
    }

    /** The moment on the UTC time line. */
    public Instant instant() {
        return local.toInstant(offset == null ? ZoneOffset.UTC : offset);
    }

    /** Whether the file recorded its offset. */
    public boolean hasOffset() {
        return offset != null;
    }
}
