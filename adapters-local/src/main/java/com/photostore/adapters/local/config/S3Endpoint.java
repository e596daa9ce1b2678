package com.photostore.adapters.local.config;

import java.net.URI;
import java.util.Objects;

/** An external S3-compatible server, its credentials and bucket; the secret key is never printed. */
public record S3Endpoint(URI endpoint, String accessKey, String secretKey, String bucket) {
    public S3Endpoint {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(bucket, "bucket");
    }

    @Override
    public String toString() {
        return "S3Endpoint[endpoint=" + endpoint + ", accessKey=" + accessKey + ", secretKey=redacted, bucket=" + bucket + "]";
    }
}
