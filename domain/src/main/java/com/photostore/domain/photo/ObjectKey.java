package com.photostore.domain.photo;

import java.util.Objects;

/** The key of an object in the photo bucket; always chosen by the server. */
public record ObjectKey(String value) {
    public ObjectKey {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 1024 || value.startsWith("/") || value.contains("..")
                || !value.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException("an object key is printable ASCII without '..'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
