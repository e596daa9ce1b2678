package com.photostore.adapters.common.http;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A framework-free HTTP request: method, path, query parameters, case-insensitive headers, body and client address. */
public record HttpRequest(String method, String path, Map<String, List<String>> query,
                          Map<String, List<String>> headers, byte[] body, String clientAddress) {
    public HttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = query == null ? Map.of() : Map.copyOf(query);
        TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> caseInsensitive.merge(name, List.copyOf(values),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
        }
        headers = Collections.unmodifiableMap(caseInsensitive);
        body = body == null ? new byte[0] : body.clone();
    }

    /** The first value of a header, whatever the case of its name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The number of body bytes. */
    public int bodyLength() {
        return body.length;
    }

    /** Names the method and path only: headers and bodies may carry credentials. */
    @Override
    public String toString() {
        return "HttpRequest[" + method + " " + path + "]";
    }
}
