package com.photostore.adapters.local.objectserver;

import com.photostore.application.service.SettingNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How the embedded object server runs: its data directory, port ({@code 0} for a free one), the one bucket it
 * holds, the access key pair clients sign with, the browser origins allowed by CORS, the interface it listens
 * on ({@code 127.0.0.1} unless given; {@code 0.0.0.0} for every interface), and the largest file a form post may
 * carry ({@code upload.maxBytes}; 50 MiB unless given).
 */
public record ObjectServerSettings(Path directory, int port, String bucket, String identity, String credential,
                                   List<String> corsAllowedOrigins, String bindHost, long maxUploadBytes) {
    /** The loopback interface, where the server listens unless told otherwise. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The largest file a form post may carry unless given: the default of {@code upload.maxBytes}. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = SettingNames.DEFAULT_UPLOAD_MAX_BYTES;

    /** Settings for a server listening on the loopback interface only. */
    public ObjectServerSettings(Path directory, int port, String bucket, String identity, String credential,
                                List<String> corsAllowedOrigins) {
        this(directory, port, bucket, identity, credential, corsAllowedOrigins, LOOPBACK, DEFAULT_MAX_UPLOAD_BYTES);
    }

    /** Settings for a server listening on this interface, with the default largest file. */
    public ObjectServerSettings(Path directory, int port, String bucket, String identity, String credential,
                                List<String> corsAllowedOrigins, String bindHost) {
        this(directory, port, bucket, identity, credential, corsAllowedOrigins, bindHost, DEFAULT_MAX_UPLOAD_BYTES);
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
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("a positive largest upload");
        }
    }

    /** Names the settings without the credential. */
    @Override
    public String toString() {
        return "ObjectServerSettings[directory=" + directory + ", port=" + port + ", bucket=" + bucket
                + ", identity=" + identity + ", corsAllowedOrigins=" + corsAllowedOrigins + ", bindHost=" + bindHost
                + ", maxUploadBytes=" + maxUploadBytes + "]";
    }
}
