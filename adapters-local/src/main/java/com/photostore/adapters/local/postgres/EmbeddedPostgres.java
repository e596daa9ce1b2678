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
import java.util.stream.Stream;

/**
 * PostgreSQL run as a child process on 127.0.0.1 over a data directory that outlives it, holding the
 * {@value #DATABASE} database; whoever starts it closes it, which stops the server.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    public static final String DATABASE = "photostore";
    public static final String HOST = LoopbackPort.HOST;
    private static final String SUPERUSER = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final Path dataDirectory;
    private final int port;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Path dataDirectory, int port) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** Starts on a free loopback port, creating the data directory and the database on the first start. */
    public static EmbeddedPostgres start(Path dataDirectory) {
        return start(dataDirectory, LoopbackPort.free());
    }

    /** Starts on this loopback port, creating the data directory and the database on the first start. */
    public static EmbeddedPostgres start(Path dataDirectory, int port) {
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
        try {
            server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("listen_addresses", HOST)
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start on " + HOST + ":" + port
                    + " over " + dataDirectory + "; if a PostgreSQL server from an earlier run still uses this"
                    + " directory, stop it (its process id is the first line of postmaster.pid)", e);
        }
        EmbeddedPostgres started = new EmbeddedPostgres(server, dataDirectory, port);
        try {
            started.createDatabaseIfMissing();
        } catch (SQLException | RuntimeException e) {
            started.close();
            throw new IllegalStateException("embedded PostgreSQL started but the " + DATABASE
                    + " database could not be created", e);
        }
        return started;
    }

    /** The JDBC URL of the {@value #DATABASE} database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + DATABASE;
    }

    public String user() {
        return SUPERUSER;
    }

    /** The password, which the server (reachable from this machine only) does not check. */
    public String password() {
        return SUPERUSER;
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
