package com.photostore.wiring;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * One backend a server or function depends on: its name, how to tell whether it answers, how to let it go, and how
 * to let its connections go and take them up again while keeping it (around a snapshot of the process).
 */
public record Backend(String name, BooleanSupplier probe, AutoCloseable closer, Connections connections) {
    /** How long one readiness probe may take. */
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    public Backend {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(closer, "closer");
        Objects.requireNonNull(connections, "connections");
    }

    /** What a backend does with its open connections around a snapshot; nothing, for most. */
    public interface Connections {
        /** Keeps no connection open over a snapshot. */
        Connections NONE = new Connections() {
            @Override
            public void release() {
            }

            @Override
            public void resume() {
            }
        };

        /** Closes the open connections; the backend stays usable after {@link #resume()}. */
        void release();

        /** Takes the backend up again; connections open on first use. */
        void resume();
    }
}
