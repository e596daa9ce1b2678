package com.photostore.lambda.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How an SQS event source mapping reads its queue: the batch size (up to 10,000; over 10 needs a batching window), the
 * batching window (up to 5 minutes), the long-poll wait of each receive (Lambda's is 20 seconds) and whether the
 * function reports batch item failures ({@code ReportBatchItemFailures}).
 */
public record SqsEventSourceSettings(int batchSize, Duration batchingWindow, Duration pollWait,
                                     boolean reportBatchItemFailures) {

    public SqsEventSourceSettings {
        Objects.requireNonNull(batchingWindow, "batchingWindow");
        Objects.requireNonNull(pollWait, "pollWait");
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("an SQS batch holds 1 to 10000 messages: " + batchSize);
        }
        if (batchingWindow.isNegative() || batchingWindow.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("the batching window is 0 to 300 seconds");
        }
        if (batchSize > 10 && batchingWindow.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a batch of more than 10 messages needs a batching window of 1 s or more");
        }
        if (pollWait.isNegative() || pollWait.compareTo(Duration.ofSeconds(20)) > 0) {
            throw new IllegalArgumentException("SQS long polling waits 0 to 20 seconds");
        }
    }

    /** Lambda's defaults: batches of 10, no batching window, 20-second long polls, batch item failures reported. */
    public static SqsEventSourceSettings defaults() {
        return new SqsEventSourceSettings(10, Duration.ZERO, Duration.ofSeconds(20), true);
    }

    /** The same mapping with another batch size. */
    public SqsEventSourceSettings withBatchSize(int size) {
        return new SqsEventSourceSettings(size, batchingWindow, pollWait, reportBatchItemFailures);
    }

    /** The same mapping with another batching window. */
    public SqsEventSourceSettings withBatchingWindow(Duration window) {
        return new SqsEventSourceSettings(batchSize, window, pollWait, reportBatchItemFailures);
    }

    /** The same mapping with another long-poll wait, for tests that stop the mapping often. */
    public SqsEventSourceSettings withPollWait(Duration wait) {
        return new SqsEventSourceSettings(batchSize, batchingWindow, wait, reportBatchItemFailures);
    }

    /** The same mapping with or without {@code ReportBatchItemFailures}. */
    public SqsEventSourceSettings withReportBatchItemFailures(boolean report) {
        return new SqsEventSourceSettings(batchSize, batchingWindow, pollWait, report);
    }
}
