package com.photostore.lambda.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One execution environment, a fresh JVM running the runtime interface client as the managed Java runtime starts it,
 * with its own Runtime API, extracted task root and captured output, whose process tree dies when it is closed or when
 * the test JVM exits.
 */
final class ExecutionEnvironment implements AutoCloseable {
    private static final Set<ExecutionEnvironment> LIVE = ConcurrentHashMap.newKeySet();
    private static final Duration STOP_LIMIT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> List.copyOf(LIVE).forEach(ExecutionEnvironment::close), "lambda-environments-stop"));
    }

    /** How an environment's initialization ended. */
    enum InitState { READY, INIT_ERROR, EXITED, TIMED_OUT }

    private final FunctionConfig config;
    private final RuntimeApiServer api;
    private final TaskRoot taskRoot;
    private final Process process;
    private final ProcessOutput output;
    private final long startNanos;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile InitState initState;
    private volatile OptionalLong firstAnswerNanos = OptionalLong.empty();
    private int invocations;

    private ExecutionEnvironment(FunctionConfig config, RuntimeApiServer api, TaskRoot taskRoot, Process process,
                                 long startNanos) {
        this.config = config;
        this.api = api;
        this.taskRoot = taskRoot;
        this.process = process;
        this.startNanos = startNanos;
        this.output = ProcessOutput.capture(process, "lambda-output-" + config.functionName());
        LIVE.add(this);
    }

    static ExecutionEnvironment launch(FunctionConfig config, RuntimeClasspath runtime) {
        TaskRoot taskRoot = TaskRoot.extract(config.deploymentPackage());
        RuntimeApiServer api = RuntimeApiServer.start();
        try {
            taskRoot.addLibraries(config.libraries());
            ProcessBuilder builder = new ProcessBuilder(command(config, runtime))
                    .directory(taskRoot.path().toFile())
                    .redirectErrorStream(true);
            Map<String, String> environment = builder.environment();
            environment.clear();
            environment.putAll(LambdaEnvironmentVariables.of(config, api.address(), taskRoot.path(),
                    runtime.runtimeDir()));
            long startNanos = System.nanoTime();
            return new ExecutionEnvironment(config, api, taskRoot, builder.start(), startNanos);
        } catch (IOException | RuntimeException e) {
            api.close();
            taskRoot.close();
            if (e instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new UncheckedIOException("cannot start the runtime of " + config.functionName(), (IOException) e);
        }
    }

    private static List<String> command(FunctionConfig config, RuntimeClasspath runtime) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(config.jvmFlags());
        command.add("-D" + RuntimeClasspath.JNI_PROPERTY + "=" + runtime.jniLibrary());
        command.add("-classpath");
        command.add(runtime.classPath());
        command.add(RuntimeClasspath.MAIN_CLASS);
        command.add(config.handler());
        return command;
    }

    /** Waits until the runtime asks for its first invocation, reports an init error or exits, at most {@code limit}. */
    InitState awaitInit(Duration limit) {
        try {
            CompletableFuture.anyOf(api.firstPoll(), api.initError(), process.onExit())
                    .get(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (api.initError().isDone()) {
                initState = InitState.INIT_ERROR;
            } else if (api.firstPoll().isDone()) {
                initState = InitState.READY;
            } else {
                initState = InitState.EXITED;
            }
        } catch (TimeoutException e) {
            initState = InitState.TIMED_OUT;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + config.functionName() + " initialized", e);
        }
        return initState;
    }

    InitState initState() {
        return initState;
    }

    boolean ready() {
        return initState == InitState.READY && process.isAlive() && !closed.get();
    }

    /** Hands the invocation to the runtime and waits for its answer until the invocation's deadline. */
    InvocationResult invoke(Invocation invocation) {
        boolean cold = invocations++ == 0;
        long submitted = System.nanoTime();
        PendingInvocation pending = api.submit(invocation);
        Duration remaining = Duration.between(Instant.now(), invocation.deadline());
        try {
            CompletableFuture.anyOf(pending.answer(), process.onExit())
                    .get(Math.max(0, remaining.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // the deadline passed: reported below as a timeout
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + config.functionName() + " ran", e);
        }
        long started = pending.handedOut().getNow(submitted);
        RuntimeAnswer answer = pending.answer().getNow(null);
        String requestId = invocation.requestId();
        if (answer != null) {
            if (firstAnswerNanos.isEmpty()) {
                firstAnswerNanos = OptionalLong.of(answer.arrivedNanos());
            }
            Duration duration = Duration.ofNanos(answer.arrivedNanos() - started);
            InvocationResult.Outcome outcome = answer.kind() == RuntimeAnswer.Kind.RESPONSE
                    ? InvocationResult.Outcome.SUCCESS : InvocationResult.Outcome.FUNCTION_ERROR;
            return new InvocationResult(outcome, requestId, answer.body(), answer.errorType(), duration, cold);
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - started);
        if (!process.isAlive()) {
            return lambdaError(InvocationResult.Outcome.RUNTIME_EXIT, requestId, "Runtime.ExitError",
                    "Runtime exited with error: exit status " + process.exitValue(), duration, cold);
        }
        return lambdaError(InvocationResult.Outcome.TIMEOUT, requestId, "Sandbox.Timedout",
                String.format(Locale.ROOT, "Task timed out after %.2f seconds", config.timeout().toMillis() / 1000.0),
                duration, cold);
    }

    static InvocationResult lambdaError(InvocationResult.Outcome outcome, String requestId, String errorType,
                                        String message, Duration duration, boolean cold) {
        var body = JSON.createObjectNode()
                .put("errorType", errorType)
                .put("errorMessage", "RequestId: " + requestId + " Error: " + message);
        return new InvocationResult(outcome, requestId, body.toString().getBytes(StandardCharsets.UTF_8),
                Optional.of(errorType), duration, cold);
    }

    Optional<InitError> initError() {
        return Optional.ofNullable(api.initError().getNow(null));
    }

    OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    OptionalInt awaitExit(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)
                    ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    StartupTimings startupTimings() {
        Long initDone = api.firstPoll().getNow(null);
        return new StartupTimings(startNanos, initDone == null ? OptionalLong.empty() : OptionalLong.of(initDone),
                firstAnswerNanos);
    }

    long pid() {
        return process.pid();
    }

    String logs() {
        return output.text();
    }

    /** Kills the runtime and anything it started, then stops the Runtime API and deletes the task root. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LIVE.remove(this);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        awaitExit(STOP_LIMIT);
        output.awaitEnd(STOP_LIMIT);
        api.close();
        taskRoot.close();
    }
}
