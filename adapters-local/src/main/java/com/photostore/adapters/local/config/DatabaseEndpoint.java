package com.photostore.adapters.local.config;

import java.util.Objects;

/** An external PostgreSQL database: its JDBC URL (without credentials), user and password; the password is never printed. */
public record DatabaseEndpoint(String jdbcUrl, String user, String password) {
    public DatabaseEndpoint {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "DatabaseEndpoint[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=redacted]";
    }
}
