package com.photostore.domain.photo;

import java.util.Objects;
import java.util.Optional;

/** A photo's description: at most 2,000 characters, line breaks allowed, NFC. */
public record Description(String value) {
    public static final int MAX_LENGTH = 2000;

    public Description {
        Objects.requireNonNull(value, "value");
    }

    /** Parses a client value; an empty description means none. */
    public static Optional<Description> parse(String field, String raw) {
        String value = PhotoText.parse(field, raw, MAX_LENGTH, true);
        return value.isEmpty() ? Optional.empty() : Optional.of(new Description(value));
    }

    @Override
    public String toString() {
        return value;
    }
}
