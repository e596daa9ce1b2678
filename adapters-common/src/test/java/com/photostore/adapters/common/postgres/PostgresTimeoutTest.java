package com.photostore.adapters.common.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.adapters.common.testing.PostgresDatabaseExtension;
import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.user.UserId;
import com.photostore.domain.user.Username;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresTimeoutTest {
    @RegisterExtension
    static final PostgresDatabaseExtension POSTGRES = new PostgresDatabaseExtension();

    @Test
    void poolConnectionsCarryTheStatementTimeout() throws SQLException {
        try (HikariDataSource pool = PostgresPool.open(POSTGRES.database().settings(Duration.ofMillis(300)));
             Connection connection = pool.getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet shown = statement.executeQuery("SHOW statement_timeout")) {
                assertThat(shown.next()).isTrue();
                assertThat(shown.getString(1)).isEqualTo("300ms");
            }
            Instant start = Instant.now();
            assertThatThrownBy(() -> statement.execute("SELECT pg_sleep(10)"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("57014"));
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
            assertThat(pool.getConnectionTimeout()).isEqualTo(PostgresConnectionSettings.DEFAULT_CONNECT_TIMEOUT.toMillis());
            assertThat(pool.getValidationTimeout()).isPositive().isLessThan(pool.getConnectionTimeout());
        }
    }

    @Test
    void jooqCancelsAStatementAfterItsQueryTimeout() {
        try (HikariDataSource pool = PostgresPool.open(POSTGRES.database().settings(Duration.ofMinutes(1)))) {
            DSLContext dsl = PostgresDsl.create(pool, Duration.ofSeconds(1));
            Instant start = Instant.now();

            assertThatThrownBy(() -> dsl.fetch("SELECT pg_sleep(10)")).isInstanceOf(UnavailableException.class);
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(6));
            assertThat(dsl.settings().getQueryTimeout()).isEqualTo(1);
        }
    }

    @Test
    void anAccountsStatementIsCancelledAfterItsTimeout() throws SQLException {
        PostgresConnectionSettings base = POSTGRES.database().settings(Duration.ofSeconds(30));
        try (HikariDataSource pool = PostgresPool.open(base); Connection locker = pool.getConnection()) {
            locker.setAutoCommit(false);
            locker.createStatement().execute("LOCK TABLE users IN ACCESS EXCLUSIVE MODE");
            PostgresUserRepository users = new PostgresUserRepository(pool, Duration.ofSeconds(1));
            Instant start = Instant.now();

            assertThatThrownBy(() -> users.findByUsername(new Username("locked.out")))
                    .isInstanceOf(UnavailableException.class);
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
            locker.rollback();
        }
    }

    @Test
    void aPoolWithNoFreeConnectionFailsWithinTheConnectTimeout() throws SQLException {
        PostgresConnectionSettings base = POSTGRES.database().settings(Duration.ofSeconds(5));
        PostgresConnectionSettings one = new PostgresConnectionSettings(base.jdbcUrl(), base.user(), base.password(), 1,
                Duration.ofMillis(500), base.statementTimeout());
        try (HikariDataSource pool = PostgresPool.open(one); Connection held = pool.getConnection()) {
            PostgresUserRepository users = new PostgresUserRepository(pool, Duration.ofSeconds(5));
            Instant start = Instant.now();

            assertThatThrownBy(() -> users.findById(new UserId(UUID.randomUUID())))
                    .isInstanceOf(UnavailableException.class)
                    .hasMessageNotContaining(one.password());
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
            assertThat(held.isValid(1)).isTrue();
        }
    }

    @Test
    void otherFailuresPassUnchanged() {
        DSLContext dsl = POSTGRES.dsl();

        assertThatThrownBy(() -> dsl.execute("SELECT no_such_column FROM users"))
                .isInstanceOf(DataAccessException.class)
                .isNotInstanceOf(UnavailableException.class);
    }

    @Test
    void aServerThatIsNotThereFailsWithinTheConnectTimeout() {
        PostgresConnectionSettings nowhere = new PostgresConnectionSettings("jdbc:postgresql://127.0.0.1:1/none",
                "nobody", "secret-password", 1, Duration.ofSeconds(1), Duration.ofSeconds(1));
        Instant start = Instant.now();

        assertThatThrownBy(() -> PostgresPool.open(nowhere).close())
                .hasStackTraceContaining("Connection")
                .satisfies(e -> assertThat(e.toString()).doesNotContain("secret-password"));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(nowhere.toString()).doesNotContain("secret-password");
    }
}
