package com.photostore.adapters.local.minio;

import java.net.URI;
import java.util.Objects;

/** Where the S3-compatible server is, the bucket to use and the access key pair to sign with. */
public record MinioStorageSettings(URI endpoint, String bucket, String accessKey, String secretKey) {
    public MinioStorageSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    /** Names the settings without the secret key. */
    @Override
    public String toString() {
        return "MinioStorageSettings[endpoint=" + endpoint + ", bucket=" + bucket + ", accessKey=" + accessKey + "]";
    }
}
