package com.photostore.lambda.runtime;

import java.util.List;
import java.util.Objects;

/** One batch the event source mapping handled: its messages, the function's result, and the verdict it acted on. */
public record BatchReport(List<String> messageIds, InvocationResult result, BatchVerdict verdict) {

    public BatchReport {
        messageIds = List.copyOf(messageIds);
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(verdict, "verdict");
    }
}
