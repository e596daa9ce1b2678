package com.photostore.adapters.common.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/**
 * Opens a HikariCP pool of PostgreSQL connections in which connecting, validating, network reads and
 * every statement (PostgreSQL's {@code statement_timeout}) are bounded in time.
 */
public final class PostgresPool {

    private PostgresPool() {
    }

    /** A started pool; the caller closes it. */
    public static HikariDataSource open(PostgresConnectionSettings settings) {
        Duration connect = settings.connectTimeout();
        Duration statement = settings.statementTimeout();
        HikariConfig config = new HikariConfig();
        config.setPoolName("photostore-postgres");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(connect.toMillis());
        config.setValidationTimeout(Math.max(250, connect.toMillis() / 2));
        config.setInitializationFailTimeout(connect.toMillis());
        config.setAllowPoolSuspension(true);
        config.addDataSourceProperty("connectTimeout", Long.toString(seconds(connect)));
        config.addDataSourceProperty("loginTimeout", Long.toString(seconds(connect)));
        config.addDataSourceProperty("socketTimeout", Long.toString(seconds(statement) + seconds(connect)));
        config.addDataSourceProperty("options", "-c statement_timeout=" + statement.toMillis());
        config.addDataSourceProperty("ApplicationName", "photostore");
        return new HikariDataSource(config);
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
