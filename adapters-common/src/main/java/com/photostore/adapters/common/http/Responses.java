package com.photostore.adapters.common.http;

import com.photostore.domain.encoding.Base64Url;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;

/** Successful responses: JSON with a cache policy, and conditional JSON with a strong ETag answering 304. */
final class Responses {
    static final String NO_STORE = "no-store";
    static final String PRIVATE_NO_CACHE = "private, no-cache";

    private Responses() {
    }

    static HttpResponse json(int status, Object body, String cacheControl) {
        return new HttpResponse(status, Map.of("Content-Type", "application/json", "Cache-Control", cacheControl),
                Json.write(body));
    }

    static HttpResponse noContent() {
        return new HttpResponse(204, Map.of("Cache-Control", NO_STORE), new byte[0]);
    }

    /** A 200 JSON response carrying the ETag of its body, or 304 when the client's copy has that tag. */
    static HttpResponse conditionalJson(HttpRequest request, Object body) {
        byte[] bytes = Json.write(body);
        String etag = "\"" + Base64Url.encode(sha256(bytes)) + "\"";
        if (request.header("If-None-Match").map(tags -> matches(tags, etag)).orElse(false)) {
            return new HttpResponse(304, Map.of("ETag", etag, "Cache-Control", PRIVATE_NO_CACHE), new byte[0]);
        }
        return new HttpResponse(200, Map.of("Content-Type", "application/json", "Cache-Control", PRIVATE_NO_CACHE,
                "ETag", etag), bytes);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
