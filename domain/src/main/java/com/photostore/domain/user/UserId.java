package com.photostore.domain.user;

import com.photostore.domain.error.InvalidInputException;
import java.util.Objects;
import java.util.UUID;

/** The stable identity of a user account. */
public record UserId(UUID value) {
    public UserId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the canonical textual form; anything else is invalid input. */
    public static UserId parse(String text) {
        if (text == null || text.length() != 36) {
            throw InvalidInputException.of("userId", "must be a UUID");
        }
        try {
            UUID uuid = UUID.fromString(text);
            if (!uuid.toString().equals(text.toLowerCase(java.util.Locale.ROOT))) {
                throw InvalidInputException.of("userId", "must be a UUID");
            }
            return new UserId(uuid);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("userId", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
