package com.photostore.lambda.apigateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.photostore.adapters.common.http.HttpRequest;
import com.photostore.adapters.common.http.HttpResponse;
import com.photostore.domain.error.InvalidInputException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Translates API Gateway HTTP API events (payload format 2.0) into the HTTP API's requests, and its responses
 * back: the raw path without a named stage's prefix, the raw query string, comma-joined headers, the cookies,
 * base64 bodies, and {@code requestContext.http.sourceIp} as the client address.
 */
final class ApiGatewayMapping {
    /** The address given when the event carries none that is an IP address. */
    static final String UNKNOWN_ADDRESS = "unknown";

    private static final String DEFAULT_STAGE = "$default";
    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern METHOD = Pattern.compile("[A-Z]{1,16}");

    private ApiGatewayMapping() {
    }

    /** The request the event describes; an event that is not an HTTP API request is invalid input. */
    static HttpRequest request(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        if (context == null || context.getHttp() == null) {
            throw InvalidInputException.of("event", "is not an API Gateway HTTP API request (payload format 2.0)");
        }
        String method = context.getHttp().getMethod();
        if (method == null || !METHOD.matcher(method).matches()) {
            throw InvalidInputException.of("event", "has no HTTP method");
        }
        String path = event.getRawPath() != null ? event.getRawPath() : context.getHttp().getPath();
        if (path == null || !path.startsWith("/")) {
            throw InvalidInputException.of("event", "has no path");
        }
        return new HttpRequest(method, withoutStage(path, context.getStage()), query(event.getRawQueryString()),
                headers(event), body(event), clientAddress(context.getHttp().getSourceIp()));
    }

    /** The event response of an HTTP response: text bodies as they are, any other body in base64. */
    static APIGatewayV2HTTPResponse response(HttpResponse response) {
        APIGatewayV2HTTPResponse answer = new APIGatewayV2HTTPResponse();
        answer.setStatusCode(response.status());
        answer.setHeaders(new LinkedHashMap<>(response.headers()));
        byte[] body = response.body();
        boolean text = response.header("Content-Type").map(ApiGatewayMapping::isText).orElse(body.length == 0);
        answer.setIsBase64Encoded(!text);
        answer.setBody(text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body));
        return answer;
    }

    private static String withoutStage(String path, String stage) {
        if (stage == null || stage.isEmpty() || DEFAULT_STAGE.equals(stage)) {
            return path;
        }
        String prefix = "/" + stage;
        if (path.equals(prefix)) {
            return "/";
        }
        return path.startsWith(prefix + "/") ? path.substring(prefix.length()) : path;
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            query.computeIfAbsent(decode(parts[0]), name -> new ArrayList<>()).add(parts.length == 2 ? decode(parts[1]) : "");
        }
        return query;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("query", "is not a valid query string");
        }
    }

    private static Map<String, List<String>> headers(APIGatewayV2HTTPEvent event) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((name, value) -> {
                if (name != null && value != null) {
                    headers.put(name, List.of(value));
                }
            });
        }
        if (event.getCookies() != null && !event.getCookies().isEmpty()) {
            headers.put("Cookie", List.of(String.join("; ", event.getCookies())));
        }
        return headers;
    }

    private static byte[] body(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (!event.getIsBase64Encoded()) {
            return body.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("body", "is marked base64 but is not valid base64");
        }
    }

    private static String clientAddress(String sourceIp) {
        return sourceIp != null && IP_ADDRESS.matcher(sourceIp).matches() ? sourceIp : UNKNOWN_ADDRESS;
    }

    private static boolean isText(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml");
    }
}
