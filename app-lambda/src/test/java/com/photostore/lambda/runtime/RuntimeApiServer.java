package com.photostore.lambda.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The AWS Lambda Runtime API (2018-06-01) of one execution environment on a free loopback port, which hands queued
 * invocations to the runtime's long poll of {@code /runtime/invocation/next} and records what the runtime posts back and
 * when, with the status codes and error bodies of the Lambda Runtime Interface Emulator ({@code internal/lambda/rapi}).
 */
public final class RuntimeApiServer implements AutoCloseable {
    /** The largest response a runtime may post: 6 MiB and 100 bytes ({@code interop.MaxPayloadSize} of the emulator). */
    public static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024 + 100;

    private static final String ROOT = "/2018-06-01/runtime/";
    private static final String INVOCATION = ROOT + "invocation/";
    private static final Duration POLL_SLICE = Duration.ofMillis(100);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final BlockingQueue<PendingInvocation> queue = new LinkedBlockingQueue<>();
    private final CompletableFuture<Long> firstPoll = new CompletableFuture<>();
    private final CompletableFuture<InitError> initError = new CompletableFuture<>();
    private volatile PendingInvocation current;
    private volatile boolean closed;

    private RuntimeApiServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts a server on a free port of the loopback interface. */
    public static RuntimeApiServer start() {
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "runtime-api");
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RuntimeApiServer api = new RuntimeApiServer(server, executor);
            server.createContext(ROOT, api::handle);
            server.setExecutor(executor);
            server.start();
            return api;
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException(e);
        }
    }

    /** The value of {@code AWS_LAMBDA_RUNTIME_API}: host and port. */
    public String address() {
        InetSocketAddress address = server.getAddress();
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /** Queues an invocation for the runtime's next poll. */
    public PendingInvocation submit(Invocation invocation) {
        PendingInvocation pending = new PendingInvocation(invocation);
        queue.add(pending);
        return pending;
    }

    /** Completes with the time of the runtime's first {@code /next}, which ends its initialization. */
    public CompletableFuture<Long> firstPoll() {
        return firstPoll.copy();
    }

    /** Completes when the runtime reports an initialization error. */
    public CompletableFuture<InitError> initError() {
        return initError.copy();
    }

    /** Stops answering; a long poll still waiting ends without an event. */
    @Override
    public void close() {
        closed = true;
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if (path.equals(INVOCATION + "next") && method.equals("GET")) {
                next(exchange);
            } else if (path.equals(ROOT + "init/error") && method.equals("POST")) {
                reportInitError(exchange);
            } else if (path.startsWith(INVOCATION) && path.endsWith("/response") && method.equals("POST")) {
                answer(exchange, requestId(path, "/response"), RuntimeAnswer.Kind.RESPONSE);
            } else if (path.startsWith(INVOCATION) && path.endsWith("/error") && method.equals("POST")) {
                answer(exchange, requestId(path, "/error"), RuntimeAnswer.Kind.ERROR);
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "404 page not found\n".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        firstPoll.complete(System.nanoTime());
        PendingInvocation running = current;
        if (running != null && !running.answered()) {
            sendError(exchange, 403, "InvalidStateTransition",
                    "State transition from Running to Ready failed for runtime. Error: State transition is not allowed");
            return;
        }
        PendingInvocation pending = awaitQueued();
        if (pending == null) {
            return;
        }
        current = pending;
        Invocation invocation = pending.invocation();
        var headers = exchange.getResponseHeaders();
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(invocation.deadline().toEpochMilli()));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", invocation.functionArn());
        headers.set("Lambda-Runtime-Trace-Id", invocation.traceId());
        invocation.clientContext().ifPresent(value -> headers.set("Lambda-Runtime-Client-Context", value));
        invocation.cognitoIdentity().ifPresent(value -> headers.set("Lambda-Runtime-Cognito-Identity", value));
        pending.markHandedOut(System.nanoTime());
        send(exchange, 200, "application/json", invocation.event());
    }

    private PendingInvocation awaitQueued() {
        try {
            while (!closed) {
                PendingInvocation pending = queue.poll(POLL_SLICE.toMillis(), TimeUnit.MILLISECONDS);
                if (pending != null) {
                    return pending;
                }
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void answer(HttpExchange exchange, String requestId, RuntimeAnswer.Kind kind) throws IOException {
        PendingInvocation target = current;
        if (target == null || !target.invocation().requestId().equals(requestId)) {
            sendError(exchange, 400, "InvalidRequestID", "Invalid request ID");
            return;
        }
        byte[] body = readAtMost(exchange.getRequestBody(), MAX_RESPONSE_BYTES + 1);
        long arrived = System.nanoTime();
        Optional<String> errorType = header(exchange, "Lambda-Runtime-Function-Error-Type");
        if (kind == RuntimeAnswer.Kind.RESPONSE && body.length > MAX_RESPONSE_BYTES) {
            if (target.complete(oversized(arrived))) {
                sendError(exchange, 413, "RequestEntityTooLarge",
                        "Exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES + " bytes).");
                return;
            }
        } else if (target.complete(new RuntimeAnswer(kind, body, errorType, arrived))) {
            send(exchange, 202, "application/json", json("status", "OK"));
            return;
        }
        String state = kind == RuntimeAnswer.Kind.RESPONSE ? "InvocationResponse" : "InvocationErrorResponse";
        sendError(exchange, 403, "InvalidStateTransition", "State transition from RuntimeResponseSentState to "
                + state + " failed for runtime. Error: State transition is not allowed");
    }

    private static RuntimeAnswer oversized(long arrived) {
        byte[] body = json("errorType", "Function.ResponseSizeTooLarge", "errorMessage",
                "Response payload size exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES + " bytes).");
        return new RuntimeAnswer(RuntimeAnswer.Kind.ERROR, body, Optional.of("Function.ResponseSizeTooLarge"), arrived);
    }

    private void reportInitError(HttpExchange exchange) throws IOException {
        byte[] body = readAtMost(exchange.getRequestBody(), MAX_RESPONSE_BYTES);
        if (initError.complete(new InitError(header(exchange, "Lambda-Runtime-Function-Error-Type"), body))) {
            send(exchange, 202, "application/json", json("status", "OK"));
        } else {
            sendError(exchange, 403, "InvalidStateTransition", "State transition from InitError to InitError failed "
                    + "for runtime. Error: State transition is not allowed");
        }
    }

    private static String requestId(String path, String suffix) {
        return path.substring(INVOCATION.length(), path.length() - suffix.length());
    }

    private static Optional<String> header(HttpExchange exchange, String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    private static byte[] readAtMost(InputStream body, int limit) throws IOException {
        return body.readNBytes(limit);
    }

    private static void sendError(HttpExchange exchange, int status, String errorType, String message)
            throws IOException {
        send(exchange, status, "application/json", json("errorMessage", message, "errorType", errorType));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] json(String... namesAndValues) {
        ObjectNode object = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        try {
            return JSON.writeValueAsBytes(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
