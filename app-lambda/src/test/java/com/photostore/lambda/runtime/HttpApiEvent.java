package com.photostore.lambda.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The Lambda event of an HTTP API request in payload format 2.0, built as API Gateway builds it: header names lowercased
 * and repeated headers joined by commas, cookies moved out of the headers into {@code cookies}, repeated query
 * parameters joined by commas, parameters decoded, API Gateway's forwarding and trace headers added, and the body
 * base64-encoded unless its content type is text.
 */
final class HttpApiEvent {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Set<String> TEXT_TYPES = Set.of("application/json", "application/xml",
            "application/javascript");

    private HttpApiEvent() {
    }

    static byte[] build(HttpApiRequest request, RouteMatch<?> route, ApiSettings settings, String requestId,
                        Instant time, int localPort) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", route.routeKey());
        event.put("rawPath", request.rawPath());
        event.put("rawQueryString", request.rawQuery());
        List<String> cookies = cookies(request);
        if (!cookies.isEmpty()) {
            ArrayNode array = event.putArray("cookies");
            cookies.forEach(array::add);
        }
        event.set("headers", JSON.valueToTree(headers(request, time, localPort)));
        Map<String, String> query = queryParameters(request.rawQuery());
        if (!query.isEmpty()) {
            event.set("queryStringParameters", JSON.valueToTree(query));
        }
        event.set("requestContext", requestContext(request, route, settings, requestId, time));
        boolean base64 = false;
        if (request.body().length > 0) {
            base64 = !isText(request.header("content-type").orElse(""));
            event.put("body", base64 ? Base64.getEncoder().encodeToString(request.body())
                    : new String(request.body(), StandardCharsets.UTF_8));
        }
        if (!route.pathParameters().isEmpty()) {
            event.set("pathParameters", JSON.valueToTree(route.pathParameters()));
        }
        event.put("isBase64Encoded", base64);
        if (!settings.stageVariables().isEmpty()) {
            event.set("stageVariables", JSON.valueToTree(settings.stageVariables()));
        }
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether API Gateway passes a body of this content type as text (observed: text/*, JSON, XML, JavaScript). */
    static boolean isText(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.startsWith("text/") || TEXT_TYPES.contains(mediaType);
    }

    private static ObjectNode requestContext(HttpApiRequest request, RouteMatch<?> route, ApiSettings settings,
                                             String requestId, Instant time) {
        String domainName = request.header("host").orElse("").replaceFirst(":\\d+$", "");
        ObjectNode context = JSON.createObjectNode();
        context.put("accountId", settings.accountId());
        context.put("apiId", settings.apiId());
        context.put("domainName", domainName);
        context.put("domainPrefix", domainName.split("\\.", 2)[0]);
        ObjectNode http = context.putObject("http");
        http.put("method", request.method());
        http.put("path", request.rawPath());
        http.put("protocol", request.protocol());
        http.put("sourceIp", request.sourceIp());
        http.put("userAgent", request.header("user-agent").orElse(""));
        context.put("requestId", requestId);
        context.put("routeKey", route.routeKey());
        context.put("stage", settings.stage());
        context.put("time", TIME.format(time));
        context.put("timeEpoch", time.toEpochMilli());
        return context;
    }

    private static Map<String, String> headers(HttpApiRequest request, Instant time, int port) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : request.headers()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!name.equals("cookie")) {
                headers.merge(name, header.getValue(), (first, next) -> first + "," + next);
            }
        }
        headers.merge("x-forwarded-for", request.sourceIp(), (first, next) -> first + ", " + next);
        headers.put("x-forwarded-port", Integer.toString(port));
        headers.put("x-forwarded-proto", "http");
        headers.put("x-amzn-trace-id", "Root=1-" + Long.toHexString(time.getEpochSecond()) + "-" + randomHex(12));
        return headers;
    }

    /** A request id in API Gateway's form: 11 random bytes, base64-encoded ({@code JKJaXmPLvHcESHA=}). */
    static String newRequestId() {
        byte[] id = new byte[11];
        ThreadLocalRandom.current().nextBytes(id);
        return Base64.getEncoder().encodeToString(id);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static List<String> cookies(HttpApiRequest request) {
        return request.headerValues("cookie").stream()
                .flatMap(header -> List.of(header.split(";")).stream())
                .map(String::trim)
                .filter(cookie -> !cookie.isEmpty())
                .toList();
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] nameAndValue = pair.split("=", 2);
            String value = nameAndValue.length == 2 ? PercentEncoding.decode(nameAndValue[1]) : "";
            parameters.merge(PercentEncoding.decode(nameAndValue[0]), value, (first, next) -> first + "," + next);
        }
        return parameters;
    }
}
