package com.photostore.adapters.local.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.local.support.SeparateJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresRecoveryTest {
    @TempDir
    Path directory;

    @Test
    void theNextStartStopsAServerWhoseOwnerWasKilledAndKeepsItsData() throws Exception {
        Path data = directory.resolve("postgres");
        ProcessHandle orphan;
        try (SeparateJvm owner = SeparateJvm.start(CrashingPostgresOwner.class, data.toString())) {
            orphan = ProcessHandle.of(owner.awaitReady(Duration.ofSeconds(120))).orElseThrow();
            owner.crash();
        }
        List<ProcessHandle> orphanWorkers = orphan.descendants().toList();
        try {
            assertThat(orphan.isAlive()).as("the server outlives its killed owner").isTrue();
            assertThat(StalePostmaster.servesDirectory(orphan, data)).isTrue();

            try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data)) {
                assertThat(orphan.isAlive()).isFalse();
                assertThat(orphanWorkers).noneMatch(ProcessHandle::isAlive);
                assertThat(postgres.process().pid()).isNotEqualTo(orphan.pid());
                assertThat(notes(postgres)).containsExactly("before the crash");
            }
        } finally {
            Stream.concat(Stream.of(orphan), orphanWorkers.stream()).forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aLockFileNamingALiveProcessThatIsNoPostgresServerIsCleared() throws Exception {
        Path data = directory.resolve("postgres");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data)) {
            execute(postgres, "CREATE TABLE note (body text)", "INSERT INTO note VALUES ('kept')");
        }
        long unrelated = ProcessHandle.current().pid();
        Files.writeString(data.resolve(StalePostmaster.LOCK_FILE), unrelated + "\n" + data + "\n1700000000\n5432\n");

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data)) {
            assertThat(notes(postgres)).containsExactly("kept");
            assertThat(postgres.process().pid()).isNotEqualTo(unrelated);
        }
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void aServerOfAnotherDirectoryIsNotTakenForThisOnesServer() {
        try (EmbeddedPostgres other = EmbeddedPostgres.start(directory.resolve("other"))) {
            assertThat(StalePostmaster.servesDirectory(other.process(), directory.resolve("other"))).isTrue();
            assertThat(StalePostmaster.servesDirectory(other.process(), directory)).isFalse();
            assertThat(StalePostmaster.servesDirectory(ProcessHandle.current(), directory.resolve("other"))).isFalse();
        }
    }

    private static void execute(EmbeddedPostgres postgres, String... statements) throws SQLException {
        try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> notes(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = connect(postgres); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT body FROM note")) {
            List<String> bodies = new ArrayList<>();
            while (rows.next()) {
                bodies.add(rows.getString(1));
            }
            return bodies;
        }
    }

    private static Connection connect(EmbeddedPostgres postgres) throws SQLException {
        DriverManager.setLoginTimeout(10);
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
    }
}
