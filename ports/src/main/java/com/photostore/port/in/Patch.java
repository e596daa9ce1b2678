package com.photostore.port.in;

import java.util.Objects;

/** One field of a partial update: leave it as it is, set it, or clear it. */
public sealed interface Patch<T> {

    /** Leave the field unchanged. */
    record Keep<T>() implements Patch<T> {
    }

    /** Set the field to a value. */
    record Set<T>(T value) implements Patch<T> {
        public Set {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Remove the field's value. */
    record Clear<T>() implements Patch<T> {
    }

    static <T> Patch<T> keep() {
        return new Keep<>();
    }

    static <T> Patch<T> set(T value) {
        return new Set<>(value);
    }

    static <T> Patch<T> clear() {
        return new Clear<>();
    }
}
