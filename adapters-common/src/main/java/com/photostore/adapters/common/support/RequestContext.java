package com.photostore.adapters.common.support;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The request a thread is answering (its id and the client's address), set by the HTTP adapter for the time of the
 * call so that what the core reports on that thread can name the request it belongs to.
 */
public final class RequestContext {
    private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();

    private RequestContext() {
    }

    /** Runs the call as part of the request, and forgets the request afterwards. */
    public static <T> T within(String requestId, String clientAddress, Supplier<T> call) {
        Current previous = CURRENT.get();
        CURRENT.set(new Current(requestId, clientAddress));
        try {
            return call.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The request this thread is answering, if any. */
    public static Optional<Current> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** One request: its id and the client's address as the edge saw it (may be blank). */
    public record Current(String requestId, String clientAddress) {
    }
}
