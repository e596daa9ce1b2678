package com.photostore.domain.photo;

import java.time.Instant;
import java.util.Objects;

/**
 * One S3-style {@code ObjectCreated} record: which object was written, its size and ETag, and the
 * sequencer S3 uses to order events for the same key ({@code null} when the source gives none).
 */
public record ObjectCreatedEvent(String bucket, String key, long size, String eTag, String sequencer, Instant eventTime) {
    public ObjectCreatedEvent {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(eventTime, "eventTime");
        if (size < 0) {
            throw new IllegalArgumentException("size >= 0");
        }
    }
}
