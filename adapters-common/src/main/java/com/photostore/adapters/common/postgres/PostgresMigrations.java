package com.photostore.adapters.common.postgres;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a PostgreSQL database to the current schema by applying the Flyway migrations shipped in this module. */
public final class PostgresMigrations {
    private static final String LOCATION = "classpath:db/migration";

    private PostgresMigrations() {
    }

    /** Applies every pending migration; returns how many were applied. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
