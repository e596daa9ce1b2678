package com.photostore.lambda.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * An HTTP response of the API: a function's answer read as payload format 2.0 ({@code statusCode}, {@code headers},
 * {@code cookies} as {@code Set-Cookie}, {@code body}, {@code isBase64Encoded}; {@code multiValueHeaders} ignored; JSON
 * without {@code statusCode} is a 200 with that JSON as body), or one of API Gateway's own {@code {"message":...}}.
 */
record HttpApiResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static HttpApiResponse message(int status, String message) {
        byte[] body = JSON.createObjectNode().put("message", message).toString().getBytes(StandardCharsets.UTF_8);
        return new HttpApiResponse(status, List.of(Map.entry("Content-Type", "application/json")), body);
    }

    static HttpApiResponse fromFunction(byte[] payload) {
        JsonNode answer;
        try {
            answer = JSON.readTree(payload);
        } catch (IOException e) {
            return internalServerError();
        }
        if (answer == null) {
            return internalServerError();
        }
        if (!answer.isObject() || !answer.has("statusCode")) {
            byte[] body = answer.isTextual() ? answer.asText().getBytes(StandardCharsets.UTF_8) : payload;
            return new HttpApiResponse(200, List.of(Map.entry("Content-Type", "application/json")), body);
        }
        return fromFormat20(answer);
    }

    private static HttpApiResponse fromFormat20(JsonNode answer) {
        JsonNode statusCode = answer.get("statusCode");
        if (!statusCode.canConvertToExactIntegral() || statusCode.asInt() < 100 || statusCode.asInt() > 599) {
            return internalServerError();
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, JsonNode> header : answer.path("headers").properties()) {
            if (header.getValue().isValueNode() && !header.getValue().isNull()) {
                headers.add(Map.entry(header.getKey(), header.getValue().asText()));
            }
        }
        answer.path("cookies").forEach(cookie -> headers.add(Map.entry("Set-Cookie", cookie.asText())));
        JsonNode bodyNode = answer.path("body");
        String text = bodyNode.isMissingNode() || bodyNode.isNull() ? ""
                : bodyNode.isTextual() ? bodyNode.asText() : bodyNode.toString();
        byte[] body;
        if (answer.path("isBase64Encoded").asBoolean(false)) {
            try {
                body = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                return internalServerError();
            }
        } else {
            body = text.getBytes(StandardCharsets.UTF_8);
        }
        return new HttpApiResponse(statusCode.asInt(), List.copyOf(headers), body);
    }

    static HttpApiResponse internalServerError() {
        return message(500, "Internal Server Error");
    }
}
