package com.photostore.server.http;

import com.photostore.wiring.Backend;
import com.photostore.wiring.Backends;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Probes every backend in parallel, each within {@link Backend#PROBE_TIMEOUT}, for the readiness endpoint. */
public final class HealthChecks implements AutoCloseable {
    private final Backends backends;
    private final AtomicBoolean accepting = new AtomicBoolean(true);
    private final ExecutorService probes = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "health-probe");
        thread.setDaemon(true);
        return thread;
    });

    public HealthChecks(Backends backends) {
        this.backends = backends;
    }

    /** Each backend's name mapped to "up" or "down", and whether all are up and the server still accepts work. */
    public Report check() {
        List<Backend> all = backends.all();
        Map<String, CompletableFuture<Boolean>> running = new LinkedHashMap<>();
        for (Backend backend : all) {
            running.put(backend.name(), CompletableFuture.supplyAsync(() -> probe(backend), probes)
                    .completeOnTimeout(false, Backend.PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        }
        Map<String, String> states = new LinkedHashMap<>();
        boolean ready = accepting.get();
        for (Map.Entry<String, CompletableFuture<Boolean>> entry : running.entrySet()) {
            boolean up = entry.getValue().join();
            states.put(entry.getKey(), up ? "up" : "down");
            ready &= up;
        }
        return new Report(ready, states);
    }

    private static boolean probe(Backend backend) {
        try {
            return backend.probe().getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** From now on the server reports itself not ready, so that load balancers stop sending work. */
    public void stopAccepting() {
        accepting.set(false);
    }

    @Override
    public void close() {
        probes.shutdownNow();
    }

    /** The outcome of one readiness check. */
    public record Report(boolean ready, Map<String, String> backends) {
        public Report {
            backends = Map.copyOf(backends);
        }
    }
}
