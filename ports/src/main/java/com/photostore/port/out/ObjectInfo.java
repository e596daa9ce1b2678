package com.photostore.port.out;

import com.photostore.domain.photo.ObjectKey;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** What a store knows about one object: size, ETag, content type, user metadata (names lower case, without prefix), when written. */
public record ObjectInfo(ObjectKey key, long size, String eTag, String contentType, Map<String, String> metadata,
                         Instant lastModified) {
    public ObjectInfo {
        Objects.requireNonNull(key, "key");
        metadata = Map.copyOf(metadata);
    }
}
