package com.photostore.lambda.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a synchronous invocation returned, as Lambda's Invoke would: the function's response, or an error with its type
 * and payload (the function's error, Lambda's timeout, a runtime that exited, a failed initialization or an event over
 * the payload quota), how long it ran and whether it started a new execution environment.
 */
public record InvocationResult(Outcome outcome, String requestId, byte[] payload, Optional<String> errorType,
                               Duration duration, boolean coldStart) {

    /** How an invocation ended. */
    public enum Outcome {
        /** The runtime posted a response. */
        SUCCESS,
        /** The runtime posted an error (or a response over the size quota, which Lambda turns into one). */
        FUNCTION_ERROR,
        /** The deadline passed first; Lambda stops the execution environment. */
        TIMEOUT,
        /** The runtime process exited or crashed during the invocation. */
        RUNTIME_EXIT,
        /** A new execution environment failed to initialize for this invocation. */
        INIT_ERROR,
        /** The event is over the synchronous payload quota; the function never saw it. */
        REQUEST_TOO_LARGE
    }

    public InvocationResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(errorType, "errorType");
        Objects.requireNonNull(duration, "duration");
    }

    /** Whether Lambda would report a function error ({@code X-Amz-Function-Error}) or fail the call. */
    public boolean failed() {
        return outcome != Outcome.SUCCESS;
    }

    /** The payload as UTF-8 text. */
    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return outcome + " " + requestId + errorType.map(type -> " " + type).orElse("") + " in " + duration.toMillis()
                + " ms" + (coldStart ? " (cold)" : "") + ": " + abbreviate(payloadText());
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
