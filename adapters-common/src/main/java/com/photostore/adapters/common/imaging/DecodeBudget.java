package com.photostore.adapters.common.imaging;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The memory that image decoding may hold at once across every thread of the process, in bytes: a decode reserves
 * what its format's decoder will allocate before it starts, waits a bounded time while others hold the budget,
 * and is refused outright when it could never fit.
 */
final class DecodeBudget {
    /** The share of the maximum heap that decoding may hold at once. */
    static final double HEAP_SHARE = 0.4;
    /** How long a decode waits for others to give the budget back. */
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final long UNIT = 1024;
    private static final DecodeBudget PROCESS = new DecodeBudget(
            (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE), WAIT);

    private final long capacity;
    private final Semaphore units;
    private final Duration wait;

    DecodeBudget(long capacity, Duration wait) {
        if (capacity < UNIT) {
            throw new IllegalArgumentException("a budget of at least " + UNIT + " bytes");
        }
        this.capacity = Math.min(capacity, UNIT * Integer.MAX_VALUE);
        this.units = new Semaphore((int) (this.capacity / UNIT), true);
        this.wait = wait;
    }

    /** The budget every inspector of this process shares. */
    static DecodeBudget process() {
        return PROCESS;
    }

    long capacity() {
        return capacity;
    }

    /** Bytes not reserved at the moment. */
    long available() {
        return units.availablePermits() * UNIT;
    }

    /**
     * Reserves {@code bytes}; refuses an image whose decode needs more than the whole budget, and fails with
     * {@link DecodeBudgetBusyException} when the budget stayed taken for the whole wait.
     */
    Reservation reserve(long bytes, String image) throws RejectedImageException {
        if (bytes > capacity) {
            throw new RejectedImageException("Decoding the image (" + image + ") would need " + mebibytes(bytes)
                    + " MiB of memory; this server decodes images of at most " + mebibytes(capacity) + " MiB.");
        }
        int needed = (int) Math.max(1, (bytes + UNIT - 1) / UNIT);
        try {
            if (!units.tryAcquire(needed, wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new DecodeBudgetBusyException(bytes, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecodeBudgetBusyException(bytes, wait);
        }
        return new Reservation(needed);
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f", Math.ceil(bytes / (1024.0 * 1024.0)));
    }

    /** Bytes held for one decode until closed; closing twice gives them back once. */
    final class Reservation implements AutoCloseable {
        private final int held;
        private final AtomicBoolean released = new AtomicBoolean();

        private Reservation(int held) {
            this.held = held;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                units.release(held);
            }
        }
    }
}
