package com.photostore.port.out;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ObjectKey;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The conditions a presigned upload form enforces: exactly this key and content type, a size in
 * {@code [minSize, maxSize]}, accepted for {@code validFor}, and user metadata stored with the object.
 */
public record UploadPolicy(ObjectKey key, ContentType contentType, long minSize, long maxSize, Duration validFor,
                           Map<String, String> metadata) {
    public UploadPolicy {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(validFor, "validFor");
        metadata = Map.copyOf(metadata);
        if (minSize < 0 || maxSize < minSize || validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("0 <= minSize <= maxSize and a positive validity");
        }
        for (String name : metadata.keySet()) {
            if (!name.matches("[a-z0-9-]{1,64}")) {
                throw new IllegalArgumentException("metadata names are lower-case ASCII");
            }
        }
    }
}
