package com.photostore.port.out;

import java.time.Duration;
import java.util.Optional;

/** Operational settings by name (for example {@code upload.maxBytes}); implementations cache and refresh them. */
public interface Settings {

    /** The raw value of a setting, if set. */
    Optional<String> find(String name);

    /** A whole-number setting, or the fallback when unset; a malformed value is a configuration error. */
    default long number(String name, long fallback) {
        return find(name).map(v -> {
            try {
                return Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("setting " + name + " is not a whole number", e);
            }
        }).orElse(fallback);
    }

    /** A duration setting in ISO-8601 ({@code PT15M}), or the fallback when unset. */
    default Duration duration(String name, Duration fallback) {
        return find(name).map(v -> {
            try {
                return Duration.parse(v.strip());
            } catch (RuntimeException e) {
                throw new IllegalStateException("setting " + name + " is not an ISO-8601 duration", e);
            }
        }).orElse(fallback);
    }
}
