package com.photostore.adapters.common.testing;

import com.photostore.adapters.common.postgres.PostgresMigrations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One PostgreSQL server per test JVM (a Testcontainers container where Docker runs, an embedded server
 * otherwise), started on first use on a free port, stopped by a shutdown hook, whose migrated template
 * database is copied into a fresh database for each caller so that test classes never see each other's rows.
 */
public final class PostgresFixture {
    private static final String TEMPLATE = "photostore_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer server;

    private PostgresFixture() {
    }

    /** A new database holding the current schema and no rows. */
    public static TestDatabase freshDatabase() {
        PostgresServer running = server();
        String name = "photostore_test_" + DATABASES.incrementAndGet();
        execute(running, running.adminDatabase(), "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return new TestDatabase(running.jdbcUrl(name), running.user(), running.password());
    }

    private static synchronized PostgresServer server() {
        if (server == null) {
            PostgresServer started = DockerProbe.dockerAvailable() ? ContainerPostgres.start() : EmbeddedPostgresServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "postgres-fixture-stop"));
            execute(started, started.adminDatabase(), "CREATE DATABASE " + TEMPLATE);
            PostgresMigrations.migrate(dataSource(started, TEMPLATE));
            server = started;
        }
        return server;
    }

    private static PGSimpleDataSource dataSource(PostgresServer running, String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(running.jdbcUrl(database));
        dataSource.setUser(running.user());
        dataSource.setPassword(running.password());
        dataSource.setConnectTimeout(10);
        dataSource.setSocketTimeout(60);
        return dataSource;
    }

    private static void execute(PostgresServer running, String database, String sql) {
        try (Connection connection = dataSource(running, database).getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(30);
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the test database: " + e.getMessage(), e);
        }
    }
}
