package com.photostore.lambda.runtime;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The cold start of one execution environment, from {@link System#nanoTime()} just before the JVM process was started:
 * to its first {@code /runtime/invocation/next} (initialization done) and to its first posted response or error.
 */
public record StartupTimings(long jvmStartNanos, OptionalLong initDoneNanos, OptionalLong firstAnswerNanos) {

    /** JVM start to the end of initialization. */
    public Optional<Duration> untilInitDone() {
        return since(initDoneNanos);
    }

    /** JVM start to the first posted response or error. */
    public Optional<Duration> untilFirstAnswer() {
        return since(firstAnswerNanos);
    }

    @Override
    public String toString() {
        return "JVM start → init done " + millis(untilInitDone()) + " → first answer " + millis(untilFirstAnswer());
    }

    private Optional<Duration> since(OptionalLong nanos) {
        return nanos.isPresent() ? Optional.of(Duration.ofNanos(nanos.getAsLong() - jvmStartNanos)) : Optional.empty();
    }

    private static String millis(Optional<Duration> duration) {
        return duration.map(value -> value.toMillis() + " ms").orElse("–");
    }
}
