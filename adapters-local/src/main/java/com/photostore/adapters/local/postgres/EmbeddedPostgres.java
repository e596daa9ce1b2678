package com.photostore.adapters.local.postgres;

import com.photostore.adapters.local.support.ChildProcesses;
import com.photostore.adapters.local.support.LoopbackPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * PostgreSQL run as a child process on 127.0.0.1 over a data directory that outlives it, holding the
 * {@value #DATABASE} database and admitting only clients with the generated passwords; whoever starts it closes it,
 * which stops the server. The application connects as {@value #APPLICATION_ROLE}, which owns the database and its
 * objects but is no superuser (it cannot read server files or run programs); the superuser is kept for set-up.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    public static final String DATABASE = "photostore";
    public static final String HOST = LoopbackPort.HOST;
    /** The role the application connects as. */
    public static final String APPLICATION_ROLE = "photostore";
    private static final String SUPERUSER = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);
    private static final Duration RELOAD_WAIT = Duration.ofSeconds(10);
    private static final String INVALID_PASSWORD = "28P01";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final Path dataDirectory;
    private final int port;
    private final String password;
    private final String applicationPassword;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Path dataDirectory, int port,
                             String password, String applicationPassword) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.password = password;
        this.applicationPassword = applicationPassword;
    }

    /** Starts on a free loopback port, creating the data directory and the database on the first start. */
    public static EmbeddedPostgres start(Path dataDirectory) {
        return start(dataDirectory, LoopbackPort.free());
    }

    /**
     * Starts on this loopback port, creating the data directory, its password and the database on the first start,
     * after stopping a server an earlier owner left running over the directory.
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        StalePostmaster.recover(directory);
        Path passwordFile = PostgresPassword.fileFor(directory);
        boolean initialized = Files.exists(directory.resolve("postgresql.conf"));
        if (initialized && !Files.exists(passwordFile) && !HostAuthentication.trustsLogins(directory)) {
            throw new IllegalStateException("the PostgreSQL data directory " + directory + " asks for a password but "
                    + passwordFile + ", which held it, is missing");
        }
        String password = PostgresPassword.readOrCreate(passwordFile);
        String applicationPassword = PostgresPassword.readOrCreate(PostgresPassword.applicationFileFor(directory));
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
        try {
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", HOST)
                    .setServerConfig("synchronous_commit", "on")
                    .setConnectConfig("password", password);
            if (!initialized) {
                builder.setLocaleConfig("auth", HostAuthentication.METHOD).setLocaleConfig("pwfile", passwordFile.toString());
            }
            server = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start on " + HOST + ":" + port
                    + " over " + directory + " (if another server uses this directory, the first line of"
                    + " postmaster.pid names its process)", e);
        }
        EmbeddedPostgres started = new EmbeddedPostgres(server, directory, port, password, applicationPassword);
        try {
            if (HostAuthentication.trustsLogins(directory)) {
                started.requirePassword();
            }
            started.createDatabaseIfMissing();
            ApplicationRole.ensure(started.server.getDatabase(SUPERUSER, DATABASE), APPLICATION_ROLE,
                    applicationPassword, DATABASE);
        } catch (SQLException | RuntimeException e) {
            started.close();
            throw new IllegalStateException("embedded PostgreSQL started but its password or the " + DATABASE
                    + " database could not be set up", e);
        }
        return started;
    }

    /** The JDBC URL of the {@value #DATABASE} database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + DATABASE;
    }

    /** The role the application connects as: {@value #APPLICATION_ROLE}, owner of the database, no superuser. */
    public String user() {
        return APPLICATION_ROLE;
    }

    /** The application role's password, generated on the first start and kept in {@code <data directory>.app.password}. */
    public String password() {
        return applicationPassword;
    }

    public int port() {
        return port;
    }

    /** The server's main process (the postmaster), as its lock file names it. */
    public ProcessHandle process() {
        Path lockFile = dataDirectory.resolve("postmaster.pid");
        try (Stream<String> lines = Files.lines(lockFile)) {
            long pid = Long.parseLong(lines.findFirst().orElse("").strip());
            return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("the postmaster has ended"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + lockFile, e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(lockFile + " names no process", e);
        }
    }

    private void requirePassword() throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET log_statement = 'none'");
            statement.execute("SET log_min_error_statement = 'panic'");
            statement.execute("SET password_encryption = '" + HostAuthentication.METHOD + "'");
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "'");
            HostAuthentication.requirePasswords(dataDirectory);
            statement.execute("SELECT pg_reload_conf()");
        }
        awaitPasswordsChecked();
    }

    private void awaitPasswordsChecked() {
        long deadline = System.nanoTime() + RELOAD_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                server.getPostgresDatabase(Map.of("password", "not-" + password, "connectTimeout", "5"))
                        .getConnection().close();
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            } catch (SQLException refused) {
                if (INVALID_PASSWORD.equals(refused.getSQLState())) {
                    return;
                }
                throw new IllegalStateException("embedded PostgreSQL did not answer after reloading pg_hba.conf", refused);
            }
        }
        throw new IllegalStateException("embedded PostgreSQL still lets clients in without a password after " + RELOAD_WAIT);
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, DATABASE);
                try (ResultSet found = query.executeQuery()) {
                    if (found.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    /** Stops the server and waits for its process to end, killing it if it does not stop in time. */
    @Override
    public void close() {
        ChildProcesses processes = ChildProcesses.of(process());
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        } finally {
            processes.awaitEnd(STOP_WAIT);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgres[" + HOST + ":" + port + "/" + DATABASE + "]";
    }
}
