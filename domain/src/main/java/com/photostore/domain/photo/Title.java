package com.photostore.domain.photo;

import java.util.Objects;

/** A photo's title: one line, at most 200 characters, NFC. */
public record Title(String value) {
    public static final int MAX_LENGTH = 200;

    public Title {
        Objects.requireNonNull(value, "value");
    }

    /** Parses a client value; an empty title means none. */
    public static java.util.Optional<Title> parse(String field, String raw) {
        String value = PhotoText.parse(field, raw, MAX_LENGTH, false);
        return value.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Title(value));
    }

    @Override
    public String toString() {
        return value;
    }
}
