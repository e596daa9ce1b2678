package com.photostore.lambda.snapstart;

import com.photostore.adapters.aws.support.RefreshingCache;
import com.photostore.wiring.Backends;
import java.util.Objects;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Prepares a function for a SnapStart snapshot and for life after each restore: before the snapshot it warms the
 * function's code paths (without side effects) and lets its database and Redis connections go, so that no restored
 * copy shares a socket with another; after a restore it marks the cached key rings and settings as expired (they
 * may have rotated since the snapshot) and takes the connections up again, which reconnect on first use.
 * Without a CRaC-capable runtime (on the managed runtime without SnapStart, or in tests) nothing calls it.
 */
public final class SnapStartHooks implements Resource {
    private static final System.Logger LOG = System.getLogger(SnapStartHooks.class.getName());

    private final Runnable warmUp;
    private final Backends backends;

    SnapStartHooks(Runnable warmUp, Backends backends) {
        this.warmUp = Objects.requireNonNull(warmUp, "warmUp");
        this.backends = Objects.requireNonNull(backends, "backends");
    }

    /** Creates the hooks and registers them with the global CRaC context; the caller keeps the strong reference. */
    public static SnapStartHooks register(Runnable warmUp, Backends backends) {
        SnapStartHooks hooks = new SnapStartHooks(warmUp, backends);
        Core.getGlobalContext().register(hooks);
        return hooks;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long started = System.nanoTime();
        warmUp.run();
        backends.releaseConnections();
        LOG.log(System.Logger.Level.INFO, () -> "ready for the snapshot in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        RefreshingCache.expireEverywhere();
        backends.resumeConnections();
        LOG.log(System.Logger.Level.INFO, "restored");
    }
}
