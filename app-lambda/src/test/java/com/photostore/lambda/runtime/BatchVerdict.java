package com.photostore.lambda.runtime;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the event source mapping makes of a batch's invocation: the messages to delete, and why the whole batch failed
 * when it did (then none is deleted and all come back after the visibility timeout).
 */
public record BatchVerdict(Set<String> succeeded, Optional<String> batchFailure) {

    public BatchVerdict {
        succeeded = Set.copyOf(succeeded);
        Objects.requireNonNull(batchFailure, "batchFailure");
    }

    static BatchVerdict allSucceeded(Set<String> batch) {
        return new BatchVerdict(batch, Optional.empty());
    }

    static BatchVerdict batchFailed(String reason) {
        return new BatchVerdict(Set.of(), Optional.of(reason));
    }
}
