package com.photostore.server.ingest;

import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.port.in.IngestOutcome;
import com.photostore.port.in.IngestUploadedObjectUseCase;
import com.photostore.port.out.QueueMessage;
import com.photostore.port.out.UploadQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Workers that long-poll the upload queue and ingest each record; a message is acknowledged only after all its
 * records are handled, its visibility is extended while slow files are being read, and a failed message is left
 * to be received again (after {@value #MAX_RECEIVES} receives the queue moves it to the dead-letter queue); a
 * failure of any kind, errors such as {@link OutOfMemoryError} included, is counted and logged and the worker goes on.
 */
public final class IngestPoller implements AutoCloseable {
    static final int MAX_RECEIVES = 5;
    static final Duration WAIT = Duration.ofSeconds(2);
    static final Duration VISIBILITY = Duration.ofSeconds(60);
    static final Duration HEARTBEAT = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(IngestPoller.class);
    private static final int BATCH = 10;

    private final UploadQueue queue;
    private final IngestUploadedObjectUseCase ingest;
    private final IngestMetrics metrics;
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> workers = new ArrayList<>();
    private final Set<Thread> handling = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ingest-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    public IngestPoller(UploadQueue queue, IngestUploadedObjectUseCase ingest, IngestMetrics metrics) {
        this.queue = queue;
        this.ingest = ingest;
        this.metrics = metrics;
    }

    /** Starts {@code count} workers. */
    public synchronized void start(int count) {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("already started");
        }
        for (int i = 0; i < count; i++) {
            Thread worker = new Thread(this::work, "ingest-" + (i + 1));
            worker.start();
            workers.add(worker);
        }
    }

    private void work() {
        while (running.get()) {
            List<QueueMessage> messages;
            try {
                messages = queue.receive(BATCH, WAIT);
            } catch (RuntimeException e) {
                if (running.get()) {
                    LOG.warn("receiving from the upload queue failed; retrying: {}", e.toString());
                    pause();
                }
                continue;
            }
            handling.add(Thread.currentThread());
            try {
                for (QueueMessage message : messages) {
                    handle(message);
                }
            } catch (Throwable e) {
                LOG.error("an ingest worker failed outside a message; it goes on", e);
            } finally {
                handling.remove(Thread.currentThread());
            }
        }
    }

    private void pause() {
        synchronized (running) {
            try {
                running.wait(WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Ingests every record of one message, then acknowledges it; any failure leaves it for redelivery. */
    void handle(QueueMessage message) {
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> extend(message), HEARTBEAT.toMillis(),
                HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            for (ObjectCreatedEvent event : message.events()) {
                long started = System.nanoTime();
                IngestOutcome outcome = ingest.ingest(event);
                metrics.record(outcome, System.nanoTime() - started);
                LOG.info("ingested {}: {}", event.key(), outcome);
            }
            heartbeat.cancel(false);
            queue.acknowledge(message);
        } catch (RuntimeException e) {
            heartbeat.cancel(false);
            metrics.failure();
            LOG.warn("ingesting message {} failed (receive {} of {}); it will be retried: {}", message.messageId(),
                    message.receiveCount(), MAX_RECEIVES, e.toString());
        } catch (Throwable e) {
            heartbeat.cancel(false);
            metrics.failure();
            LOG.error("ingesting message " + message.messageId() + " failed with an error (receive "
                    + message.receiveCount() + " of " + MAX_RECEIVES + "); it will be retried", e);
        }
    }

    private void extend(QueueMessage message) {
        try {
            queue.extendVisibility(message, VISIBILITY);
        } catch (RuntimeException e) {
            LOG.warn("extending the visibility of message {} failed: {}", message.messageId(), e.toString());
        }
    }

    /**
     * Stops receiving (a worker waiting in a long poll is interrupted: a message it was about to get becomes visible
     * again), lets each worker finish the messages in hand (up to {@code wait}), then stops.
     */
    public void stop(Duration wait) {
        running.set(false);
        synchronized (running) {
            running.notifyAll();
        }
        for (Thread worker : workers) {
            if (!handling.contains(worker)) {
                worker.interrupt();
            }
        }
        long deadline = System.nanoTime() + wait.toNanos();
        for (Thread worker : workers) {
            try {
                worker.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (worker.isAlive()) {
                worker.interrupt();
            }
        }
        heartbeats.shutdownNow();
    }

    @Override
    public void close() {
        stop(WAIT.plusSeconds(25));
    }
}
