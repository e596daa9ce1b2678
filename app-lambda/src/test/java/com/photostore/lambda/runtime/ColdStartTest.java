package com.photostore.lambda.runtime;

import static com.photostore.lambda.runtime.Functions.config;
import static com.photostore.lambda.runtime.Functions.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.lambda.runtime.InvocationResult.Outcome;
import com.photostore.lambda.runtime.fixtures.EchoHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Measures a trivial stream handler's cold start with the managed runtime's default flags, over several JVMs. */
class ColdStartTest {
    private static final int RUNS = 5;

    @AfterAll
    static void noProcessIsLeft() {
        Functions.assertNoJavaChildLeft();
    }

    @Test
    void jvmStartToInitDoneToFirstResponse() {
        List<StartupTimings> runs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            try (FunctionProcess function = FunctionProcess.start(config("cold-echo", EchoHandler.class))) {
                InvocationResult result = function.invoke(utf8("{}"));
                assertThat(result.outcome()).as(function.logs()).isEqualTo(Outcome.SUCCESS);
                runs.add(function.startupTimings());
            }
        }

        runs.forEach(timings -> System.out.println("cold start: " + timings));
        System.out.println("median: JVM start → init done " + median(runs, StartupTimings::untilInitDone)
                + " ms → first response " + median(runs, StartupTimings::untilFirstAnswer) + " ms");
        assertThat(runs).allSatisfy(timings -> {
            Duration initDone = timings.untilInitDone().orElseThrow();
            assertThat(timings.untilFirstAnswer().orElseThrow()).isGreaterThan(initDone);
            assertThat(initDone).isLessThan(FunctionProcess.INIT_LIMIT);
        });
    }

    private static long median(List<StartupTimings> runs,
                               Function<StartupTimings, Optional<Duration>> phase) {
        List<Duration> sorted = runs.stream().map(phase).map(Optional::orElseThrow)
                .sorted(Comparator.naturalOrder()).toList();
        return sorted.get(sorted.size() / 2).toMillis();
    }
}
