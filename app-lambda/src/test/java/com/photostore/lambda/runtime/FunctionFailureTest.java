package com.photostore.lambda.runtime;

import static com.photostore.lambda.runtime.Functions.config;
import static com.photostore.lambda.runtime.Functions.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.lambda.runtime.InvocationResult.Outcome;
import com.photostore.lambda.runtime.fixtures.FailingConstructorHandler;
import com.photostore.lambda.runtime.fixtures.FailingStaticInitHandler;
import com.photostore.lambda.runtime.fixtures.HaltingHandler;
import com.photostore.lambda.runtime.fixtures.OversizedResponseHandler;
import com.photostore.lambda.runtime.fixtures.SlowHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Functions failing as Lambda functions fail, in fresh JVMs: at init, by timing out, by crashing, by answering too much. */
class FunctionFailureTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EXIT_WAIT = Duration.ofSeconds(5);

    @AfterAll
    static void noProcessIsLeft() {
        Functions.assertNoJavaChildLeft();
    }

    @ParameterizedTest
    @ValueSource(classes = {FailingStaticInitHandler.class, FailingConstructorHandler.class})
    void anInitFailureIsReportedAndTheRuntimeExits(Class<?> handler) throws IOException {
        try (FunctionProcess function = FunctionProcess.start(config("init-failure", handler))) {
            InitError initError = function.initError().orElseThrow(() -> new AssertionError(function.logs()));
            assertThat(initError.errorType()).contains("Runtime.BadFunctionCode");
            assertThat(JSON.readTree(initError.body()).path("errorType").asText()).startsWith("java.lang.");
            assertThat(function.awaitExit(EXIT_WAIT)).hasValue(1);
            assertThat(function.logs()).contains("failed on purpose");

            InvocationResult result = function.invoke(utf8("{}"));

            assertThat(result.outcome()).isEqualTo(Outcome.INIT_ERROR);
            assertThat(result.errorType()).contains("Runtime.BadFunctionCode");
            assertThat(function.environmentsStarted()).as("Lambda initializes again for the invocation").isEqualTo(2);
        }
    }

    @Test
    void anUnknownHandlerClassInitializesAndFailsEachInvocation() throws IOException {
        try (FunctionProcess function = FunctionProcess.start(
                FunctionConfig.of("missing", "com.example.Missing::handleRequest", DeploymentPackages.fixtures()))) {
            assertThat(function.initError()).isEmpty();

            InvocationResult result = function.invoke(utf8("{}"));

            assertThat(result.outcome()).isEqualTo(Outcome.FUNCTION_ERROR);
            assertThat(result.errorType()).contains("Runtime.BadFunctionCode");
            assertThat(JSON.readTree(result.payload()).path("errorType").asText())
                    .isEqualTo("java.lang.ClassNotFoundException");
            assertThat(result.payloadText()).contains("com.example.Missing");
        }
    }

    @Test
    void anInvocationPastItsDeadlineTimesOutAndTheNextOneGetsANewEnvironment() throws IOException {
        try (FunctionProcess function = FunctionProcess.start(
                config("slow", SlowHandler.class).withTimeout(Duration.ofSeconds(1)))) {
            long firstPid = function.pid();

            InvocationResult timedOut = function.invoke(utf8("5000"));

            assertThat(timedOut.outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(timedOut.errorType()).contains("Sandbox.Timedout");
            assertThat(JSON.readTree(timedOut.payload()).path("errorMessage").asText())
                    .isEqualTo("RequestId: " + timedOut.requestId() + " Error: Task timed out after 1.00 seconds");
            assertThat(timedOut.duration()).isBetween(Duration.ofMillis(900), Duration.ofMillis(2500));
            assertThat(ProcessHandle.of(firstPid).filter(ProcessHandle::isAlive)).isEmpty();

            InvocationResult next = function.invoke(utf8("10"));

            assertThat(next.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(next.coldStart()).isTrue();
            assertThat(function.environmentsStarted()).isEqualTo(2);
        }
    }

    @Test
    void concurrentInvocationsRunOneAfterAnother() throws Exception {
        try (FunctionProcess function = FunctionProcess.start(config("serial", SlowHandler.class))) {
            long started = System.nanoTime();
            CompletableFuture<InvocationResult> first = CompletableFuture.supplyAsync(() -> function.invoke(utf8("400")));
            CompletableFuture<InvocationResult> second = CompletableFuture.supplyAsync(() -> function.invoke(utf8("400")));

            List<InvocationResult> results = List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));

            assertThat(results).allSatisfy(result -> assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
            assertThat(function.environmentsStarted()).isEqualTo(1);
        }
    }

    @Test
    void aRuntimeThatDiesDuringAnInvocationIsDetectedAndReplaced() throws IOException {
        try (FunctionProcess function = FunctionProcess.start(config("halting", HaltingHandler.class))) {
            InvocationResult crashed = function.invoke(utf8("{}"));

            assertThat(crashed.outcome()).isEqualTo(Outcome.RUNTIME_EXIT);
            assertThat(crashed.errorType()).contains("Runtime.ExitError");
            assertThat(JSON.readTree(crashed.payload()).path("errorMessage").asText())
                    .endsWith("Runtime exited with error: exit status 3");
            assertThat(function.exitCode()).hasValue(3);

            assertThat(function.invoke(utf8("{}")).outcome()).isEqualTo(Outcome.RUNTIME_EXIT);
            assertThat(function.environmentsStarted()).isEqualTo(2);
        }
    }

    @Test
    void aResponseOverTheQuotaBecomesAFunctionError() throws IOException {
        try (FunctionProcess function = FunctionProcess.start(config("oversized", OversizedResponseHandler.class)
                .withMemory(512))) {
            InvocationResult result = function.invoke(utf8(Integer.toString(RuntimeApiServer.MAX_RESPONSE_BYTES + 1)));

            assertThat(result.outcome()).isEqualTo(Outcome.FUNCTION_ERROR);
            assertThat(result.errorType()).contains("Function.ResponseSizeTooLarge");
            JsonNode error = JSON.readTree(result.payload());
            assertThat(error.path("errorType").asText()).isEqualTo("Function.ResponseSizeTooLarge");
            assertThat(function.awaitExit(EXIT_WAIT)).as("the client's error report after the 413 is refused, so it exits")
                    .hasValue(1);
            assertThat(function.invoke(utf8("10")).coldStart()).isTrue();
        }
    }
}
