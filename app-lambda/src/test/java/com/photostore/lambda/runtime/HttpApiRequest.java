package com.photostore.lambda.runtime;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A plain HTTP request as API Gateway receives it: method, raw path and query, headers in arrival order, body (read up
 * to one byte past the limit, so an oversized body shows), and the client's address and protocol.
 */
record HttpApiRequest(String method, String rawPath, String rawQuery, List<Map.Entry<String, String>> headers,
                      byte[] body, String sourceIp, String protocol) {

    static HttpApiRequest read(HttpExchange exchange, int bodyLimit) throws IOException {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        exchange.getRequestHeaders().forEach((name, values) -> values.forEach(value -> headers.add(Map.entry(name, value))));
        String rawQuery = exchange.getRequestURI().getRawQuery();
        return new HttpApiRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                rawQuery == null ? "" : rawQuery, List.copyOf(headers),
                exchange.getRequestBody().readNBytes(bodyLimit + 1),
                exchange.getRemoteAddress().getAddress().getHostAddress(), exchange.getProtocol());
    }

    /** The first value of a header, by case-insensitive name. */
    Optional<String> header(String name) {
        return headers.stream().filter(header -> header.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst();
    }

    /** The values of a header, by case-insensitive name, in arrival order. */
    List<String> headerValues(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return headers.stream().filter(header -> header.getKey().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Map.Entry::getValue).toList();
    }
}
