package com.photostore.adapters.common.testing;

import com.photostore.adapters.common.postgres.PostgresConnectionSettings;
import com.photostore.adapters.common.postgres.PostgresDsl;
import com.photostore.adapters.common.postgres.PostgresPool;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.jooq.DSLContext;

/** One migrated database of the test server, with a small connection pool opened on first use. */
public final class TestDatabase implements AutoCloseable {
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private HikariDataSource pool;

    TestDatabase(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** Connection settings for this database with the given statement timeout. */
    public PostgresConnectionSettings settings(Duration statementTimeout) {
        return new PostgresConnectionSettings(jdbcUrl, user, password, 2,
                PostgresConnectionSettings.DEFAULT_CONNECT_TIMEOUT, statementTimeout);
    }

    /** The pool over this database. */
    public synchronized HikariDataSource dataSource() {
        if (pool == null) {
            pool = PostgresPool.open(settings(STATEMENT_TIMEOUT));
        }
        return pool;
    }

    /** A jOOQ context over the pool. */
    public DSLContext dsl() {
        return PostgresDsl.create(dataSource(), STATEMENT_TIMEOUT);
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }
}
