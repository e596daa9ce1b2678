package com.photostore.domain.user;

import java.time.Instant;
import java.util.Objects;

/** A registered account. */
public record User(UserId id, Username username, PasswordHash passwordHash, Instant createdAt) {
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The same account with another password hash (after a re-hash with stronger parameters). */
    public User withPasswordHash(PasswordHash hash) {
        return new User(id, username, hash, createdAt);
    }
}
