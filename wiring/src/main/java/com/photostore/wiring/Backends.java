package com.photostore.wiring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

/** The backends a server or function opened, in start order; closing lets them go in reverse order. */
public final class Backends implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Backends.class.getName());

    private final List<Backend> started = new ArrayList<>();

    /** Adds a backend that has started. */
    public <T extends AutoCloseable> T add(String name, T resource, BooleanSupplier probe) {
        return add(name, resource, probe, Backend.Connections.NONE);
    }

    /** Adds a backend that has started and holds connections to let go before a snapshot. */
    public synchronized <T extends AutoCloseable> T add(String name, T resource, BooleanSupplier probe,
                                                        Backend.Connections connections) {
        started.add(new Backend(name, probe, resource, connections));
        return resource;
    }

    /** Every backend, in start order. */
    public synchronized List<Backend> all() {
        return List.copyOf(started);
    }

    /** Lets every backend's open connections go, keeping the backends usable (before a snapshot of the process). */
    public synchronized void releaseConnections() {
        started.forEach(backend -> backend.connections().release());
    }

    /** Takes the backends up again after {@link #releaseConnections()}; connections open on first use. */
    public synchronized void resumeConnections() {
        started.forEach(backend -> backend.connections().resume());
    }

    /** Closes every backend, last started first; a failure to close one is logged and the others still close. */
    @Override
    public void close() {
        List<Backend> reversed;
        synchronized (this) {
            reversed = new ArrayList<>(started);
            started.clear();
        }
        Collections.reverse(reversed);
        for (Backend backend : reversed) {
            long started = System.nanoTime();
            try {
                backend.closer().close();
                LOG.log(System.Logger.Level.DEBUG, () -> backend.name() + " stopped in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "closing " + backend.name() + " failed", e);
            }
        }
    }
}
