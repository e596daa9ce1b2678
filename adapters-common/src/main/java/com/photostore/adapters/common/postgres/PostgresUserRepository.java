package com.photostore.adapters.common.postgres;

import static com.photostore.adapters.common.postgres.schema.Tables.USERS;

import com.photostore.adapters.common.postgres.schema.tables.records.UsersRecord;
import com.photostore.domain.user.PasswordHash;
import com.photostore.domain.user.User;
import com.photostore.domain.user.UserId;
import com.photostore.domain.user.Username;
import com.photostore.port.out.UserRepository;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/** Accounts in the PostgreSQL {@code users} table; the unique constraints decide which account creation wins. */
public final class JooqUserRepository implements UserRepository {
    private final DSLContext dsl;

    public JooqUserRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public boolean create(User user) {
        return dsl.insertInto(USERS)
                .set(USERS.ID, user.id().value())
                .set(USERS.USERNAME, user.username().value())
                .set(USERS.PASSWORD_HASH, user.passwordHash().encoded())
                .set(USERS.CREATED_AT, user.createdAt().atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return dsl.selectFrom(USERS).where(USERS.ID.eq(id.value())).fetchOptional().map(JooqUserRepository::toUser);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return dsl.selectFrom(USERS).where(USERS.USERNAME.eq(username.value())).fetchOptional()
                .map(JooqUserRepository::toUser);
    }

    @Override
    public boolean updatePasswordHash(UserId id, PasswordHash hash) {
        return dsl.update(USERS)
                .set(USERS.PASSWORD_HASH, hash.encoded())
                .where(USERS.ID.eq(id.value()))
                .execute() == 1;
    }

    private static User toUser(UsersRecord row) {
        return new User(new UserId(row.getId()), new Username(row.getUsername()),
                new PasswordHash(row.getPasswordHash()), row.getCreatedAt().toInstant());
    }
}
