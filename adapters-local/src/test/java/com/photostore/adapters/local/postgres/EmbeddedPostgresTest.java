package com.photostore.adapters.local.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.adapters.common.postgres.PostgresConnectionSettings;
import com.photostore.adapters.common.postgres.PostgresMigrations;
import com.photostore.adapters.common.postgres.PostgresPool;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {
    @TempDir
    Path directory;

    @Test
    void dataWrittenSurvivesAStopAndAStartOverTheSameDirectory() throws Exception {
        Path data = directory.resolve("postgres");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data); HikariDataSource pool = pool(postgres)) {
            assertThat(PostgresMigrations.migrate(pool)).isPositive();
            execute(pool, "CREATE TABLE note (body text)", "INSERT INTO note VALUES ('kept across restarts')");
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data); HikariDataSource pool = pool(postgres)) {
            assertThat(PostgresMigrations.migrate(pool)).isZero();
            assertThat(notes(pool)).containsExactly("kept across restarts");
        }
    }

    @Test
    void theApplicationConnectsAsTheOwnerOfItsDataButNoSuperuser() throws Exception {
        Path data = directory.resolve("postgres");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data); HikariDataSource pool = pool(postgres)) {
            PostgresMigrations.migrate(pool);

            assertThat(postgres.user()).isEqualTo(EmbeddedPostgres.APPLICATION_ROLE);
            assertThat(single(pool, "SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles"
                    + " WHERE rolname = current_user")).isEqualTo("f");
            assertThat(single(pool, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                    + " AND tableowner <> current_user")).isEqualTo("0");
            assertThatThrownBy(() -> execute(pool, "COPY (SELECT 1) TO PROGRAM 'true'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void aDataDirectoryWhoseTablesTheSuperuserOwnsIsHandedToTheApplicationRole() throws Exception {
        Path data = directory.resolve("postgres");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data);
             HikariDataSource superuser = PostgresPool.open(PostgresConnectionSettings.of(postgres.jdbcUrl(),
                     "postgres", Files.readString(data.resolveSibling("postgres.password")).strip()))) {
            PostgresMigrations.migrate(superuser);
            execute(superuser, "INSERT INTO users (id, username, password_hash, created_at)"
                    + " VALUES (gen_random_uuid(), 'earlier', 'x', now())");
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data); HikariDataSource pool = pool(postgres)) {
            assertThat(PostgresMigrations.migrate(pool)).isZero();
            assertThat(single(pool, "SELECT username FROM users")).isEqualTo("earlier");
            execute(pool, "UPDATE users SET username = 'renamed'");
        }
    }

    @Test
    void noPostgresProcessRemainsAfterClose() {
        Path data = directory.resolve("postgres");
        EmbeddedPostgres postgres = EmbeddedPostgres.start(data);
        ProcessHandle server = postgres.process();
        List<ProcessHandle> workers = server.descendants().toList();
        assertThat(server.isAlive()).isTrue();
        assertThat(workers).isNotEmpty();
        assertThat(serversOver(data)).contains(server);

        postgres.close();

        assertThat(server.isAlive()).isFalse();
        assertThat(workers).noneMatch(ProcessHandle::isAlive);
        assertThat(serversOver(data)).isEmpty();
        assertThat(ProcessHandle.current().descendants()).noneMatch(EmbeddedPostgresTest::isPostgres);
    }

    @Test
    void aStalePidFileLeftByACrashDoesNotStopTheNextStart() throws Exception {
        Path data = directory.resolve("postgres");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data); HikariDataSource pool = pool(postgres)) {
            execute(pool, "CREATE TABLE note (body text)", "INSERT INTO note VALUES ('before the crash')");
        }
        Files.writeString(data.resolve("postmaster.pid"), staleLockFile(data));

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data); HikariDataSource pool = pool(postgres)) {
            assertThat(notes(pool)).containsExactly("before the crash");
        }
        assertThat(serversOver(data)).isEmpty();
    }

    @Test
    void aSecondServerOverADirectoryInUseFailsWithAClearMessage() {
        Path data = directory.resolve("postgres");
        try (EmbeddedPostgres running = EmbeddedPostgres.start(data)) {
            assertThatThrownBy(() -> EmbeddedPostgres.start(data))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(data.toString()).hasMessageContaining("postmaster.pid");
            assertThat(running.process().isAlive()).isTrue();
        }
        assertThat(serversOver(data)).isEmpty();
    }

    private static String staleLockFile(Path data) throws IOException, InterruptedException {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        return finished.pid() + "\n" + data + "\n1700000000\n5432\n/tmp\n127.0.0.1\n  5432001         0\nready   \n";
    }

    private static List<ProcessHandle> serversOver(Path data) {
        return ProcessHandle.allProcesses()
                .filter(EmbeddedPostgresTest::isPostgres)
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(data.toString())).orElse(false))
                .toList();
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres) {
        return PostgresPool.open(PostgresConnectionSettings.of(postgres.jdbcUrl(), postgres.user(), postgres.password()));
    }

    private static String single(HikariDataSource pool, String query) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(HikariDataSource pool, String... statements) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> notes(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT body FROM note")) {
            List<String> bodies = new ArrayList<>();
            while (rows.next()) {
                bodies.add(rows.getString(1));
            }
            return bodies;
        }
    }
}
