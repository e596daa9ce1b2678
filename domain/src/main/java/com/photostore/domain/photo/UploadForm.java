package com.photostore.domain.photo;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A presigned HTML-form POST: where to send the file, the fields to send with it, and until when it is accepted. */
public record UploadForm(URI url, Map<String, String> fields, Instant expiresAt) {
    public UploadForm {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** Names the fields without their values, which include signatures and possibly a session token. */
    @Override
    public String toString() {
        return "UploadForm[url=" + url + ", fields=" + fields.keySet() + ", expiresAt=" + expiresAt + "]";
    }
}
