package com.photostore.lambda.apigateway;

import com.photostore.adapters.common.http.ApiOperation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * API Gateway events that exercise a function's operations without a side effect: no credentials, and a body that
 * is not JSON, so every one is refused before it reaches a use case or a backend.
 */
final class WarmUpEvents {
    private static final String ANY_PHOTO_ID = "01arz3ndektsv4rrffq69g5fav";

    private WarmUpEvents() {
    }

    static List<byte[]> of(Set<ApiOperation> operations) {
        List<byte[]> events = new ArrayList<>();
        events.add("{}".getBytes(StandardCharsets.UTF_8));
        for (ApiOperation operation : operations) {
            String path = operation.template().replace("{id}", ANY_PHOTO_ID);
            events.add(event(operation.method(), path));
        }
        return events;
    }

    private static byte[] event(String method, String path) {
        String json = "{\"version\":\"2.0\",\"routeKey\":\"" + method + " " + path + "\",\"rawPath\":\"" + path
                + "\",\"rawQueryString\":\"\",\"headers\":{\"content-type\":\"application/json\"},"
                + "\"requestContext\":{\"stage\":\"$default\",\"http\":{\"method\":\"" + method + "\",\"path\":\""
                + path + "\",\"protocol\":\"HTTP/1.1\",\"sourceIp\":\"127.0.0.1\",\"userAgent\":\"warm-up\"}},"
                + "\"body\":\"{\",\"isBase64Encoded\":false}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
