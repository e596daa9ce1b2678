package com.photostore.adapters.local.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresPasswordTest {
    private static final String INVALID_PASSWORD = "28P01";

    @TempDir
    Path directory;

    @Test
    void aNewDataDirectoryGetsARandomPasswordInAnOwnerOnlyFileAndRefusesAWrongOne() throws Exception {
        Path data = directory.resolve("postgres");
        String password;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data)) {
            password = postgres.password();
            Path file = directory.resolve("postgres.app.password");
            Path superuserFile = directory.resolve("postgres.password");
            assertThat(password).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(postgres.user());
            assertThat(Files.readString(file).strip()).isEqualTo(password);
            assertThat(Files.readString(superuserFile).strip()).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(password);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(superuserFile)))
                    .isEqualTo("rw-------");
            assertThat(postgres.toString()).doesNotContain(password);

            assertRefused(postgres, "wrong");
            assertThat(selectOne(postgres, password)).isEqualTo(1);
            assertThat(HostAuthentication.trustsLogins(data)).isFalse();
        }

        try (EmbeddedPostgres again = EmbeddedPostgres.start(data)) {
            assertThat(again.password()).isEqualTo(password);
            assertThat(selectOne(again, password)).isEqualTo(1);
        }
    }

    @Test
    void aDataDirectoryThatTrustedEveryLoginIsMadeToAskForThePassword() throws Exception {
        Path data = directory.resolve("postgres");
        try (var trusting = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(false).start();
             Connection connection = trusting.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (body text)");
            statement.execute("INSERT INTO note VALUES ('from the trusting days')");
        }
        assertThat(HostAuthentication.trustsLogins(data)).isTrue();

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data)) {
            assertThat(HostAuthentication.trustsLogins(data)).isFalse();
            assertRefused(postgres, "wrong");
            assertRefused(postgres, "");
            String superuserPassword = Files.readString(directory.resolve("postgres.password")).strip();
            try (Connection connection = DriverManager.getConnection(postgresDatabase(postgres), "postgres",
                    superuserPassword); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT body FROM note")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("from the trusting days");
            }
        }
    }

    @Test
    void aDataDirectoryAskingForAPasswordWhoseFileIsLostFailsClearly() throws Exception {
        Path data = directory.resolve("postgres");
        EmbeddedPostgres.start(data).close();
        Files.delete(directory.resolve("postgres.password"));

        assertThatThrownBy(() -> EmbeddedPostgres.start(data)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("postgres.password").hasMessageContaining("missing");
    }

    private static void assertRefused(EmbeddedPostgres postgres, String password) {
        assertThatThrownBy(() -> selectOne(postgres, password)).isInstanceOfSatisfying(SQLException.class,
                refused -> assertThat(refused.getSQLState()).isIn(INVALID_PASSWORD, "08004"));
    }

    private static int selectOne(EmbeddedPostgres postgres, String password) throws SQLException {
        DriverManager.setLoginTimeout(10);
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), password);
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT 1")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String postgresDatabase(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://" + EmbeddedPostgres.HOST + ":" + postgres.port() + "/postgres";
    }
}
