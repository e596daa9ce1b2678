package com.photostore.adapters.local.objectserver;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How the embedded object server runs: its data directory, port ({@code 0} for a free one), the one bucket it
 * holds, the access key pair clients sign with and the browser origins allowed by CORS.
 */
public record ObjectServerSettings(Path directory, int port, String bucket, String identity, String credential,
                                   List<String> corsAllowedOrigins) {
    public ObjectServerSettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(credential, "credential");
        corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("a port in [0, 65535]");
        }
    }

    /** Names the settings without the credential. */
    @Override
    public String toString() {
        return "ObjectServerSettings[directory=" + directory + ", port=" + port + ", bucket=" + bucket
                + ", identity=" + identity + ", corsAllowedOrigins=" + corsAllowedOrigins + "]";
    }
}
