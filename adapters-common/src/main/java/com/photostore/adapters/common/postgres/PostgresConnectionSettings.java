package com.photostore.adapters.common.postgres;

import java.time.Duration;
import java.util.Objects;

/** Where a PostgreSQL database is and how long the pool may wait for it; the password is never printed. */
public record PostgresConnectionSettings(String jdbcUrl, String user, String password, int maxPoolSize,
                                         Duration connectTimeout, Duration statementTimeout) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_POOL_SIZE = 5;

    public PostgresConnectionSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a PostgreSQL JDBC URL starts with jdbc:postgresql:");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize >= 1");
        }
        if (connectTimeout.toMillis() < 250 || statementTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("timeouts are positive (connect at least 250 ms)");
        }
    }

    /** Settings with the default pool size and timeouts. */
    public static PostgresConnectionSettings of(String jdbcUrl, String user, String password) {
        return new PostgresConnectionSettings(jdbcUrl, user, password, DEFAULT_POOL_SIZE, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_STATEMENT_TIMEOUT);
    }

    /** These settings with another statement timeout. */
    public PostgresConnectionSettings withStatementTimeout(Duration timeout) {
        return new PostgresConnectionSettings(jdbcUrl, user, password, maxPoolSize, connectTimeout, timeout);
    }

    @Override
    public String toString() {
        return "PostgresConnectionSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=redacted, maxPoolSize="
                + maxPoolSize + ", connectTimeout=" + connectTimeout + ", statementTimeout=" + statementTimeout + "]";
    }
}
