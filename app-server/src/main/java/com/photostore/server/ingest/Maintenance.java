package com.photostore.server.ingest;

import com.photostore.port.in.ExpirePendingUploadsUseCase;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background upkeep: first the reconciliation pass (when there is one), then, every minute, the expiry of uploads
 * whose file never arrived; expiry waits for reconciliation so that files stored while the server was down are
 * ingested rather than expired.
 */
public final class Maintenance implements AutoCloseable {
    static final Duration EXPIRY_PERIOD = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);
    private static final int EXPIRY_BATCH = 100;

    private final Optional<Reconciliation> reconciliation;
    private final ExpirePendingUploadsUseCase expiry;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "maintenance");
        thread.setDaemon(true);
        return thread;
    });

    public Maintenance(Optional<Reconciliation> reconciliation, ExpirePendingUploadsUseCase expiry) {
        this.reconciliation = reconciliation;
        this.expiry = expiry;
    }

    /** Starts the reconciliation pass now and the expiry schedule after it. */
    public void start() {
        executor.execute(() -> {
            try {
                reconciliation.ifPresent(pass -> pass.run(running::get));
            } catch (RuntimeException e) {
                LOG.warn("the reconciliation pass failed; it will run again at the next start: {}", e.toString());
            }
            executor.scheduleWithFixedDelay(this::expire, 0, EXPIRY_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private void expire() {
        try {
            int total = 0;
            int expired;
            do {
                expired = expiry.expire(EXPIRY_BATCH);
                total += expired;
            } while (expired == EXPIRY_BATCH && running.get());
            if (total > 0) {
                LOG.info("expired {} uploads whose file never arrived", total);
            }
        } catch (RuntimeException e) {
            LOG.warn("expiring pending uploads failed; retrying in {}: {}", EXPIRY_PERIOD, e.toString());
        }
    }

    /** Stops the schedule, letting a step in progress finish for up to {@code wait}. */
    public void stop(Duration wait) {
        running.set(false);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }
}
