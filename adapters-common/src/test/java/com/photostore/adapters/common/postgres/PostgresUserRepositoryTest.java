package com.photostore.adapters.common.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.common.testing.PostgresDatabaseExtension;
import com.photostore.domain.user.PasswordHash;
import com.photostore.domain.user.User;
import com.photostore.domain.user.UserId;
import com.photostore.domain.user.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresUserRepositoryTest {
    @RegisterExtension
    static final PostgresDatabaseExtension POSTGRES = new PostgresDatabaseExtension();
    private static PostgresUserRepository users;

    @BeforeAll
    static void open() {
        users = new PostgresUserRepository(POSTGRES.database().dataSource(), Duration.ofSeconds(5));
    }

    private static User user(String name) {
        return new User(new UserId(UUID.randomUUID()), Username.parse(name), new PasswordHash("$argon2id$v=19$x"),
                Instant.parse("2026-01-02T03:04:05.123456Z"));
    }

    @Test
    void createsAnAccountOncePerUsernameAndId() {
        User alice = user("Alice.Smith");

        assertThat(users.create(alice)).isTrue();
        assertThat(users.create(user("ALICE.smith"))).isFalse();
        assertThat(users.create(new User(alice.id(), Username.parse("other"), alice.passwordHash(), alice.createdAt())))
                .isFalse();
        assertThat(users.findByUsername(Username.parse("alice.SMITH"))).contains(alice);
        assertThat(users.findById(alice.id())).contains(alice);
        assertThat(users.findByUsername(Username.parse("other"))).isEmpty();
        assertThat(POSTGRES.dsl().fetchValue("SELECT username FROM users WHERE id = ?", alice.id().value()))
                .isEqualTo("alice.smith");
    }

    @Test
    void replacesThePasswordHashOfAnExistingAccountOnly() {
        User bob = user("bob");
        users.create(bob);
        PasswordHash stronger = new PasswordHash("$argon2id$v=19$m=65536,t=3,p=1$stronger");

        assertThat(users.updatePasswordHash(bob.id(), stronger)).isTrue();
        assertThat(users.findById(bob.id())).contains(bob.withPasswordHash(stronger));
        assertThat(users.updatePasswordHash(new UserId(UUID.randomUUID()), stronger)).isFalse();
    }
}
