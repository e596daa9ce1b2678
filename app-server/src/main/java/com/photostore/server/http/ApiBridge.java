package com.photostore.server.http;

import com.photostore.adapters.common.http.HttpApi;
import com.photostore.adapters.common.http.HttpRequest;
import com.photostore.adapters.common.http.HttpResponse;
import com.photostore.adapters.common.http.Json;
import com.photostore.adapters.common.http.RouteTable;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Hands every {@code /api/v1} request to the framework-free {@link HttpApi} and writes its answer back: no route
 * logic lives here, only the translation, a bounded body read, the access log line and the request metrics.
 */
public final class ApiBridge implements Handler {
    private static final Logger ACCESS = LoggerFactory.getLogger("photostore.access");
    private static final int BODY_LIMIT = Json.MAX_BODY_BYTES + 1;

    private final HttpApi api;
    private final RouteTable routes;
    private final RequestMetrics metrics;

    public ApiBridge(HttpApi api, RouteTable routes, RequestMetrics metrics) {
        this.api = api;
        this.routes = routes;
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        long started = System.nanoTime();
        String method = ctx.req().getMethod();
        String path = ctx.path();
        HttpRequest request = new HttpRequest(method, path, ctx.queryParamMap(), headers(ctx), boundedBody(ctx),
                ctx.ip());
        HttpResponse response = api.handle(request);
        ctx.status(response.status());
        response.headers().forEach(ctx::header);
        byte[] body = response.body();
        if (body.length > 0) {
            ctx.result(body);
        }
        String route = routes.templateOf(method, path).orElse("unmatched");
        long nanos = System.nanoTime() - started;
        metrics.record(method, route, response.status(), nanos);
        String requestId = response.header("X-Request-Id").orElse("-");
        MDC.put("requestId", requestId);
        try {
            ACCESS.info("{} {} {} {} {}ms", method, route, response.status(), body.length, nanos / 1_000_000);
        } finally {
            MDC.remove("requestId");
        }
    }

    private static Map<String, List<String>> headers(Context ctx) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, Collections.list(ctx.req().getHeaders(name)));
        }
        return headers;
    }

    /** The body, read up to one byte past the API's limit so that an oversized body is refused without being buffered. */
    private static byte[] boundedBody(Context ctx) throws IOException {
        try (InputStream in = ctx.req().getInputStream()) {
            return in.readNBytes(BODY_LIMIT);
        }
    }
}
