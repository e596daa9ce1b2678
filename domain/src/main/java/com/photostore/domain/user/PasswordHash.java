package com.photostore.domain.user;

import java.util.Objects;

/** A self-describing encoded password hash (algorithm and parameters included); never printed. */
public record PasswordHash(String encoded) {
    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.isBlank()) {
            throw new IllegalArgumentException("an encoded hash is not blank");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
