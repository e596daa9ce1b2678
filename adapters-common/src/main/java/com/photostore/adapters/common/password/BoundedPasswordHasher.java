package com.photostore.adapters.common.password;

import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.user.Password;
import com.photostore.domain.user.PasswordHash;
import com.photostore.port.out.PasswordHasher;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A hasher that runs at most a fixed number of hashes and verifications at once (each Argon2id one holds 19 MiB
 * and a core); a call that finds no slot within a short wait fails fast as unavailable, to be tried again after
 * {@link #RETRY_AFTER}, instead of queueing memory and threads without bound.
 */
public final class BoundedPasswordHasher implements PasswordHasher {
    /** How long a caller waits for a slot before it is refused. */
    public static final Duration MAX_WAIT = Duration.ofMillis(250);
    /** When a refused caller should try again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final PasswordHasher hasher;
    private final Semaphore slots;

    public BoundedPasswordHasher(PasswordHasher hasher, int inFlight) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        if (inFlight < 1) {
            throw new IllegalArgumentException("at least one hash in flight");
        }
        this.slots = new Semaphore(inFlight, true);
    }

    /** A bound of one hash per available processor. */
    public static BoundedPasswordHasher perProcessor(PasswordHasher hasher) {
        return new BoundedPasswordHasher(hasher, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public PasswordHash hash(Password password) {
        return bounded(() -> hasher.hash(password));
    }

    @Override
    public boolean verify(Password password, PasswordHash hash) {
        return bounded(() -> hasher.verify(password, hash));
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        return hasher.needsRehash(hash);
    }

    private <T> T bounded(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while waiting to check a password", RETRY_AFTER, e);
        }
        if (!acquired) {
            throw new UnavailableException("too many passwords are being checked right now; try again in a moment",
                    RETRY_AFTER, null);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
