package com.photostore.adapters.common.http.contract;

import com.photostore.adapters.common.http.HttpApi;
import com.photostore.adapters.common.http.HttpRequest;
import com.photostore.adapters.common.http.HttpResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Serves an {@link HttpApi} over real HTTP with the JDK's own server, bound to a free loopback port. */
final class JdkServedApi implements AutoCloseable {
    private final HttpServer server;
    private final HttpApi api;
    private final Runnable beforeEachRequest;

    /** Starts serving; {@code beforeEachRequest} runs ahead of every request (to move a test clock, say). */
    JdkServedApi(HttpApi api, Runnable beforeEachRequest) {
        this.api = api;
        this.beforeEachRequest = beforeEachRequest;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    /** The server root, such as {@code http://127.0.0.1:41234}. */
    URI baseUri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            beforeEachRequest.run();
            HttpResponse response = api.handle(new HttpRequest(exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(), query(exchange.getRequestURI().getRawQuery()),
                    exchange.getRequestHeaders(), body, exchange.getRemoteAddress().getAddress().getHostAddress()));
            response.headers().forEach(exchange.getResponseHeaders()::set);
            byte[] bytes = response.body();
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            query.computeIfAbsent(decode(parts[0]), name -> new ArrayList<>())
                    .add(parts.length == 2 ? decode(parts[1]) : "");
        }
        return query;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
