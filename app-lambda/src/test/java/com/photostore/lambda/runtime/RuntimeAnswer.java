package com.photostore.lambda.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * What the runtime posted for an invocation: a response or an error (with its {@code Lambda-Runtime-Function-Error-Type}),
 * and the {@link System#nanoTime()} at which it arrived.
 */
public record RuntimeAnswer(Kind kind, byte[] body, Optional<String> errorType, long arrivedNanos) {

    /** The two ways a runtime ends an invocation. */
    public enum Kind { RESPONSE, ERROR }

    public RuntimeAnswer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(errorType, "errorType");
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
