package com.photostore.adapters.common.postgres;

import java.time.Duration;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * Builds the jOOQ context the PostgreSQL adapters share: a query timeout on every statement, and
 * failures that may pass when retried reported as {@code UnavailableException}.
 */
public final class PostgresDsl {

    static {
        // jOOQ prints a banner and a tip at its first query unless told not to: noise in every cold start's log.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private PostgresDsl() {
    }

    /** A context over the pool in which each statement is cancelled after {@code queryTimeout} (whole seconds, at least one). */
    public static DSLContext create(DataSource dataSource, Duration queryTimeout) {
        int seconds = (int) Math.max(1, (queryTimeout.toMillis() + 999) / 1000);
        Settings settings = new Settings()
                .withQueryTimeout(seconds)
                .withRenderSchema(false)
                .withExecuteLogging(false);
        return DSL.using(new DefaultConfiguration()
                .set(dataSource)
                .set(SQLDialect.POSTGRES)
                .set(settings)
                .set(new PostgresFailures()));
    }
}
