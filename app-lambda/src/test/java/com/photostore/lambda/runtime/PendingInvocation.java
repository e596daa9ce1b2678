package com.photostore.lambda.runtime;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * An invocation queued on a {@link RuntimeApiServer}: when it was handed to the runtime and what the runtime answered,
 * each a future that completes once it happens (times are {@link System#nanoTime()}).
 */
public final class PendingInvocation {
    private final Invocation invocation;
    private final CompletableFuture<Long> handedOut = new CompletableFuture<>();
    private final CompletableFuture<RuntimeAnswer> answer = new CompletableFuture<>();

    PendingInvocation(Invocation invocation) {
        this.invocation = Objects.requireNonNull(invocation, "invocation");
    }

    /** The invocation. */
    public Invocation invocation() {
        return invocation;
    }

    /** Completes with the time {@code /runtime/invocation/next} returned the event. */
    public CompletableFuture<Long> handedOut() {
        return handedOut.copy();
    }

    /** Completes with the runtime's response or error. */
    public CompletableFuture<RuntimeAnswer> answer() {
        return answer.copy();
    }

    boolean answered() {
        return answer.isDone();
    }

    void markHandedOut(long nanos) {
        handedOut.complete(nanos);
    }

    boolean complete(RuntimeAnswer runtimeAnswer) {
        return answer.complete(runtimeAnswer);
    }
}
