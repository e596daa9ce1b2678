package com.photostore.wiring;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/** One backend a server or function depends on: its name, how to tell whether it answers, and how to let it go. */
public record Backend(String name, BooleanSupplier probe, AutoCloseable closer) {
    /** How long one readiness probe may take. */
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    public Backend {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(closer, "closer");
    }
}
