package com.photostore.adapters.local.objectserver;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How the embedded object server runs: its data directory, port ({@code 0} for a free one), the one bucket it
 * holds, the access key pair clients sign with, the browser origins allowed by CORS, and the interface it listens
 * on ({@code 127.0.0.1} unless given; {@code 0.0.0.0} for every interface).
 */
public record ObjectServerSettings(Path directory, int port, String bucket, String identity, String credential,
                                   List<String> corsAllowedOrigins, String bindHost) {
    /** The loopback interface, where the server listens unless told otherwise. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Settings for a server listening on the loopback interface only. */
    public ObjectServerSettings(Path directory, int port, String bucket, String identity, String credential,
                                List<String> corsAllowedOrigins) {
        this(directory, port, bucket, identity, credential, corsAllowedOrigins, LOOPBACK);
    }

    public ObjectServerSettings {
        Objects.requireNonNull(bindHost, "bindHost");
        if (!bindHost.matches("[A-Za-z0-9.-]+")) {
            throw new IllegalArgumentException("a host name or IPv4 address to listen on");
        }
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
                + ", identity=" + identity + ", corsAllowedOrigins=" + corsAllowedOrigins + ", bindHost=" + bindHost
                + "]";
    }
}
