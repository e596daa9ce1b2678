package com.photostore.adapters.common.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A framework-free HTTP response: status, headers (one value each, case-insensitive names) and body bytes. */
public record HttpResponse(int status, Map<String, String> headers, byte[] body) {
    public HttpResponse {
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            caseInsensitive.putAll(headers);
        }
        headers = Collections.unmodifiableMap(caseInsensitive);
        body = body == null ? new byte[0] : body.clone();
    }

    /** A response without a body. */
    public static HttpResponse empty(int status) {
        return new HttpResponse(status, Map.of(), new byte[0]);
    }

    /** This response with one more header, replacing any of the same name. */
    public HttpResponse withHeader(String name, String value) {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        copy.put(name, value);
        return new HttpResponse(status, copy, body);
    }

    /** This response with a header added only when it is not set yet. */
    public HttpResponse withDefaultHeader(String name, String value) {
        return headers.containsKey(name) ? this : withHeader(name, value);
    }

    /** The value of a header, whatever the case of its name. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body read as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Names the status and headers only: bodies may carry tokens. */
    @Override
    public String toString() {
        return "HttpResponse[" + status + " " + headers.keySet() + "]";
    }
}
