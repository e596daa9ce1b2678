package com.photostore.adapters.common.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a PostgreSQL database to the current schema by applying the Flyway migrations shipped in this module: the SQL
 * files of {@code db/migration} and the Java migrations that compute what SQL cannot ({@link FillSearchText}).
 */
public final class PostgresMigrations {
    /** The version of the newest migration, in {@code db/migration} or in Java (a test keeps them equal). */
    public static final String LATEST_VERSION = FillSearchText.VERSION;

    private static final String LOCATION = "classpath:db/migration";
    private static final String APPLIED = "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
            + " ORDER BY installed_rank DESC LIMIT 1";

    private PostgresMigrations() {
    }

    /** Applies every pending migration; returns how many were applied. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .javaMigrations(new FillSearchText())
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /**
     * Applies the pending migrations only when the database is behind this build: a process that finds the newest
     * migration applied (one query) starts without Flyway, which a Lambda cold start notices; returns how many ran.
     */
    public static int migrateIfBehind(DataSource dataSource) {
        return appliedVersion(dataSource).filter(LATEST_VERSION::equals).isPresent() ? 0 : migrate(dataSource);
    }

    /** The version of the newest migration applied, if the database has Flyway's history. */
    static Optional<String> appliedVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(APPLIED);
             ResultSet result = statement.executeQuery()) {
            return result.next() ? Optional.ofNullable(result.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            System.getLogger(PostgresMigrations.class.getName()).log(System.Logger.Level.DEBUG,
                    "no migration history to read; Flyway takes over", e);
            return Optional.empty();
        }
    }
}
