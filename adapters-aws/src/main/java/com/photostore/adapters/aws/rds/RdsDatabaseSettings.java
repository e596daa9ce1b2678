package com.photostore.adapters.aws.rds;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which RDS database to use: the Secrets Manager secret holding its credentials (the standard RDS secret
 * JSON), optional SSM parameters whose values replace the secret's host and database name, and the PostgreSQL
 * {@code sslmode} ({@code require} unless said otherwise).
 */
public record RdsDatabaseSettings(String secretId, Optional<String> hostParameter, Optional<String> databaseParameter,
                                  String sslMode) {
    /** The TLS mode used unless another is chosen. */
    public static final String DEFAULT_SSL_MODE = "require";

    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    public RdsDatabaseSettings {
        Objects.requireNonNull(secretId, "secretId");
        Objects.requireNonNull(hostParameter, "hostParameter");
        Objects.requireNonNull(databaseParameter, "databaseParameter");
        if (!SSL_MODES.contains(sslMode)) {
            throw new IllegalArgumentException("sslmode is one of " + SSL_MODES);
        }
    }

    /** The database of a secret, with TLS required. */
    public static RdsDatabaseSettings ofSecret(String secretId) {
        return new RdsDatabaseSettings(secretId, Optional.empty(), Optional.empty(), DEFAULT_SSL_MODE);
    }

    /** These settings with the host read from an SSM parameter. */
    public RdsDatabaseSettings withHostParameter(String parameter) {
        return new RdsDatabaseSettings(secretId, Optional.of(parameter), databaseParameter, sslMode);
    }

    /** These settings with the database name read from an SSM parameter. */
    public RdsDatabaseSettings withDatabaseParameter(String parameter) {
        return new RdsDatabaseSettings(secretId, hostParameter, Optional.of(parameter), sslMode);
    }

    /** These settings with another PostgreSQL {@code sslmode}. */
    public RdsDatabaseSettings withSslMode(String mode) {
        return new RdsDatabaseSettings(secretId, hostParameter, databaseParameter, mode);
    }
}
