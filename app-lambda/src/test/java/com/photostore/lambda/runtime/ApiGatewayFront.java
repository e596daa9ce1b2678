package com.photostore.lambda.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * An API Gateway HTTP API on a free loopback port in front of function processes: requests are routed as API Gateway
 * routes them, turned into payload format 2.0 events, and the functions' answers turned back into HTTP responses, each
 * function taking one request at a time in its single execution environment (a request that waits past the
 * integration timeout gets API Gateway's 503).
 */
public final class ApiGatewayFront implements AutoCloseable {
    /** The HTTP API quota on a request's payload. */
    public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ExecutorService invocations;
    private final RouteTable<FunctionProcess> routes;
    private final ApiSettings settings;
    private final BiConsumer<FunctionProcess, String> answers;

    private ApiGatewayFront(HttpServer server, ExecutorService handlers, ExecutorService invocations,
                            RouteTable<FunctionProcess> routes, ApiSettings settings,
                            BiConsumer<FunctionProcess, String> answers) {
        this.server = server;
        this.handlers = handlers;
        this.invocations = invocations;
        this.routes = routes;
        this.settings = settings;
        this.answers = answers;
    }

    /** An API with a {@code $default} stage routing the route keys (or {@code $default}) to their functions. */
    public static ApiGatewayFront start(Map<String, FunctionProcess> routes) {
        return start(routes, ApiSettings.defaults());
    }

    /** An API with these settings routing the route keys (or {@code $default}) to their functions. */
    public static ApiGatewayFront start(Map<String, FunctionProcess> routes, ApiSettings settings) {
        return start(routes, settings, (function, body) -> { });
    }

    /** An API as above that hands each function's successful answer, its body as text, to an observer. */
    public static ApiGatewayFront start(Map<String, FunctionProcess> routes, ApiSettings settings,
                                        BiConsumer<FunctionProcess, String> answers) {
        RouteTable<FunctionProcess> table = RouteTable.of(routes);
        ExecutorService handlers = Executors.newCachedThreadPool(daemon("api-gateway"));
        ExecutorService invocations = Executors.newCachedThreadPool(daemon("api-gateway-integration"));
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ApiGatewayFront front = new ApiGatewayFront(server, handlers, invocations, table, settings,
                    answers);
            server.createContext("/", front::handle);
            server.setExecutor(handlers);
            server.start();
            return front;
        } catch (IOException e) {
            handlers.shutdownNow();
            invocations.shutdownNow();
            throw new UncheckedIOException(e);
        }
    }

    /** The invoke URL of the stage: the root for {@code $default}, {@code /{stage}} for a named stage. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort()
                + settings.pathPrefix());
    }

    /** Stops the API; the functions stay as they are. */
    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        invocations.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpApiRequest request = HttpApiRequest.read(exchange, MAX_BODY_BYTES);
            String requestId = HttpApiEvent.newRequestId();
            HttpApiResponse response = answer(request, requestId);
            send(exchange, response, requestId);
        }
    }

    private HttpApiResponse answer(HttpApiRequest request, String requestId) {
        if (request.body().length > MAX_BODY_BYTES) {
            return new HttpApiResponse(413, List.of(Map.entry("Content-Type", "text; charset=utf-8")),
                ("HTTP content length exceeded " + MAX_BODY_BYTES + " bytes.").getBytes(StandardCharsets.UTF_8));
        }
        Optional<String> routePath = stagePath(request.rawPath());
        Optional<RouteMatch<FunctionProcess>> route = routePath.flatMap(path -> routes.select(request.method(), path));
        if (route.isEmpty()) {
            return HttpApiResponse.message(404, "Not Found");
        }
        byte[] event = HttpApiEvent.build(request, route.get(), settings, requestId, Instant.now(),
                server.getAddress().getPort());
        FunctionProcess function = route.get().target();
        CompletableFuture<InvocationResult> invocation =
                CompletableFuture.supplyAsync(() -> function.invoke(event), invocations);
        try {
            InvocationResult result = invocation.get(settings.integrationTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return switch (result.outcome()) {
                case SUCCESS -> observed(function, HttpApiResponse.fromFunction(result.payload()));
                case REQUEST_TOO_LARGE -> HttpApiResponse.message(413, "Request Too Long");
                default -> HttpApiResponse.internalServerError();
            };
        } catch (TimeoutException e) {
            return HttpApiResponse.message(503, "Service Unavailable");
        } catch (ExecutionException e) {
            return HttpApiResponse.internalServerError();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HttpApiResponse.message(503, "Service Unavailable");
        }
    }

    private HttpApiResponse observed(FunctionProcess function, HttpApiResponse response) {
        answers.accept(function, new String(response.body(), StandardCharsets.UTF_8));
        return response;
    }

    private Optional<String> stagePath(String rawPath) {
        String prefix = settings.pathPrefix();
        if (prefix.isEmpty()) {
            return Optional.of(rawPath);
        }
        if (rawPath.equals(prefix)) {
            return Optional.of("/");
        }
        return rawPath.startsWith(prefix + "/") ? Optional.of(rawPath.substring(prefix.length())) : Optional.empty();
    }

    private static void send(HttpExchange exchange, HttpApiResponse response, String requestId) throws IOException {
        var headers = exchange.getResponseHeaders();
        response.headers().forEach(header -> headers.add(header.getKey(), header.getValue()));
        headers.set("apigw-requestid", requestId);
        boolean noBody = response.body().length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
