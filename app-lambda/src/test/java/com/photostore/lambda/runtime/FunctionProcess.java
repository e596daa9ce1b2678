package com.photostore.lambda.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A Lambda function run offline as AWS runs it: each execution environment is a fresh JVM started as the managed Java
 * runtime starts one (the runtime interface client's {@code AWSLambda} main class with the handler string, the client
 * and its libraries on the class path, the deployment package extracted as task root and working directory, from which
 * the client's customer class loader loads the code, Lambda's environment variables and JVM flags), invocations run in
 * it one at a time as with a reserved concurrency of 1, and an environment that timed out, crashed or failed to
 * initialize is replaced by a new one, with a new cold start, at the next invocation.
 */
public final class FunctionProcess implements AutoCloseable {
    /** Lambda's limit on an on-demand function's initialization. */
    public static final Duration INIT_LIMIT = Duration.ofSeconds(10);
    /** Lambda's quota on the event of a synchronous invocation. */
    public static final int MAX_EVENT_BYTES = 6 * 1024 * 1024;
    private static final Duration TURN_LIMIT = Duration.ofMinutes(2);
    private static final Duration EXIT_LIMIT = Duration.ofSeconds(2);

    private final FunctionConfig config;
    private final RuntimeClasspath runtime;
    private final ReentrantLock turn = new ReentrantLock(true);
    private final StringBuilder earlierLogs = new StringBuilder();
    private final AtomicInteger environmentsStarted = new AtomicInteger();
    private volatile ExecutionEnvironment environment;
    private volatile boolean closed;

    private FunctionProcess(FunctionConfig config, RuntimeClasspath runtime) {
        this.config = config;
        this.runtime = runtime;
    }

    /**
     * Starts the function's first execution environment and waits for its initialization; an init error or a crash
     * does not throw but shows in {@link #initError()} and {@link #exitCode()}.
     */
    public static FunctionProcess start(FunctionConfig config) {
        FunctionProcess function = new FunctionProcess(config, RuntimeClasspath.shared());
        function.replaceEnvironment();
        return function;
    }

    /** Invokes the function synchronously with an event. */
    public InvocationResult invoke(byte[] event) {
        return invoke(event, Optional.empty(), Optional.empty());
    }

    /** Invokes the function as a mobile SDK does, with its client context and Cognito identity (JSON). */
    public InvocationResult invoke(byte[] event, Optional<String> clientContext, Optional<String> cognitoIdentity) {
        if (event.length > MAX_EVENT_BYTES) {
            return ExecutionEnvironment.lambdaError(InvocationResult.Outcome.REQUEST_TOO_LARGE, "-",
                    "RequestEntityTooLargeException",
                    "Request must be smaller than " + MAX_EVENT_BYTES + " bytes for the InvokeFunction operation",
                    Duration.ZERO, false);
        }
        awaitTurn();
        try {
            if (closed) {
                throw new IllegalStateException(config.functionName() + " is closed");
            }
            ExecutionEnvironment current = environment;
            if (!current.ready()) {
                current = replaceEnvironment();
                if (!current.ready()) {
                    return initFailure(current);
                }
            }
            Invocation invocation = Invocation.of(event, Instant.now().plus(config.timeout()), config.functionArn())
                    .withMobileContext(clientContext, cognitoIdentity);
            InvocationResult result = current.invoke(invocation);
            if (result.outcome() == InvocationResult.Outcome.TIMEOUT
                    || result.outcome() == InvocationResult.Outcome.RUNTIME_EXIT) {
                current.close();
            }
            return result;
        } finally {
            turn.unlock();
        }
    }

    /** The function's configuration. */
    public FunctionConfig config() {
        return config;
    }

    /** The init error the current execution environment reported, if it did. */
    public Optional<InitError> initError() {
        return environment.initError();
    }

    /** The exit code of the current environment's runtime, once it has exited. */
    public OptionalInt exitCode() {
        return environment.exitCode();
    }

    /** Waits at most {@code limit} for the current environment's runtime to exit, and returns its exit code. */
    public OptionalInt awaitExit(Duration limit) {
        return environment.awaitExit(limit);
    }

    /** The cold start of the current execution environment. */
    public StartupTimings startupTimings() {
        return environment.startupTimings();
    }

    /** How many execution environments (cold starts) this function has had. */
    public int environmentsStarted() {
        return environmentsStarted.get();
    }

    /** The process id of the current environment's runtime. */
    public long pid() {
        return environment.pid();
    }

    /** Everything the function's runtimes wrote to stdout and stderr, oldest environment first. */
    public String logs() {
        synchronized (earlierLogs) {
            return earlierLogs + environment.logs();
        }
    }

    /** Kills the current execution environment; an invocation still running ends as a runtime exit. */
    @Override
    public void close() {
        closed = true;
        ExecutionEnvironment current = environment;
        if (current != null) {
            current.close();
        }
    }

    private ExecutionEnvironment replaceEnvironment() {
        ExecutionEnvironment previous = environment;
        if (previous != null) {
            previous.close();
            synchronized (earlierLogs) {
                earlierLogs.append(previous.logs()).append("\n--- new execution environment ---\n");
            }
        }
        ExecutionEnvironment next = ExecutionEnvironment.launch(config, runtime);
        environmentsStarted.incrementAndGet();
        environment = next;
        if (next.awaitInit(INIT_LIMIT) == ExecutionEnvironment.InitState.TIMED_OUT) {
            next.close();
        }
        return next;
    }

    private InvocationResult initFailure(ExecutionEnvironment failed) {
        OptionalInt exit = failed.awaitExit(EXIT_LIMIT);
        failed.close();
        String requestId = "-";
        Optional<InitError> initError = failed.initError();
        if (initError.isPresent()) {
            return new InvocationResult(InvocationResult.Outcome.INIT_ERROR, requestId, initError.get().body(),
                    initError.get().errorType(), Duration.ZERO, true);
        }
        if (failed.initState() == ExecutionEnvironment.InitState.TIMED_OUT) {
            return ExecutionEnvironment.lambdaError(InvocationResult.Outcome.INIT_ERROR, requestId, "Sandbox.Timedout",
                    "Init timed out after " + INIT_LIMIT.toSeconds() + " seconds", Duration.ZERO, true);
        }
        return ExecutionEnvironment.lambdaError(InvocationResult.Outcome.INIT_ERROR, requestId, "Runtime.ExitError",
                "Runtime exited with error: exit status " + (exit.isPresent() ? exit.getAsInt() : "unknown"),
                Duration.ZERO, true);
    }

    private void awaitTurn() {
        try {
            if (!turn.tryLock(TURN_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(config.functionName() + " stayed busy for " + TURN_LIMIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + config.functionName(), e);
        }
    }
}
