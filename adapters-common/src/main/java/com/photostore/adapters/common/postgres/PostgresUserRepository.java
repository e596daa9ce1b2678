package com.photostore.adapters.common.postgres;

import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.user.PasswordHash;
import com.photostore.domain.user.User;
import com.photostore.domain.user.UserId;
import com.photostore.domain.user.Username;
import com.photostore.port.out.UserRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Accounts in the PostgreSQL {@code users} table, in plain JDBC (four statements; jOOQ's DSL alone loads a thousand
 * classes, a third of a second of a Lambda cold start); the unique constraints decide which account creation wins.
 * Every statement has a timeout, and a failure that may pass when retried is an {@link UnavailableException}.
 */
public final class PostgresUserRepository implements UserRepository {
    private static final String COLUMNS = "id, username, password_hash, created_at";
    private static final String INSERT = "INSERT INTO users (" + COLUMNS + ") VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM users WHERE id = ?";
    private static final String BY_USERNAME = "SELECT " + COLUMNS + " FROM users WHERE username = ?";
    private static final String UPDATE_HASH = "UPDATE users SET password_hash = ? WHERE id = ?";

    private final DataSource dataSource;
    private final int timeoutSeconds;

    /** Accounts in the database of the pool, each statement cancelled after {@code statementTimeout} (whole seconds). */
    public PostgresUserRepository(DataSource dataSource, Duration statementTimeout) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.timeoutSeconds = (int) Math.max(1, (statementTimeout.toMillis() + 999) / 1000);
    }

    @Override
    public boolean create(User user) {
        return update(INSERT, statement -> {
            statement.setObject(1, user.id().value());
            statement.setString(2, user.username().value());
            statement.setString(3, user.passwordHash().encoded());
            statement.setObject(4, user.createdAt().atOffset(ZoneOffset.UTC));
        }) == 1;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return find(BY_ID, statement -> statement.setObject(1, id.value()));
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return find(BY_USERNAME, statement -> statement.setString(1, username.value()));
    }

    @Override
    public boolean updatePasswordHash(UserId id, PasswordHash hash) {
        return update(UPDATE_HASH, statement -> {
            statement.setString(1, hash.encoded());
            statement.setObject(2, id.value());
        }) == 1;
    }

    private Optional<User> find(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet row = statement.executeQuery()) {
            return row.next() ? Optional.of(toUser(row)) : Optional.empty();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private int update(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private PreparedStatement prepare(Connection connection, String sql, Parameters parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            statement.setQueryTimeout(timeoutSeconds);
            parameters.set(statement);
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static User toUser(ResultSet row) throws SQLException {
        return new User(new UserId(row.getObject(1, UUID.class)), new Username(row.getString(2)),
                new PasswordHash(row.getString(3)), row.getObject(4, OffsetDateTime.class).toInstant());
    }

    private static RuntimeException failure(SQLException e) {
        if (TransientFailures.isTransient(e)) {
            return new UnavailableException("the database did not answer in time or is unreachable", e);
        }
        return new IllegalStateException("the accounts statement failed (SQL state " + e.getSQLState() + ")", e);
    }

    /** Sets the parameters of a statement. */
    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }
}
