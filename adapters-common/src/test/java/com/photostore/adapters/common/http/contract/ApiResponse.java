package com.photostore.adapters.common.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** One answer of the API over HTTP: status, headers and body, with the body readable as JSON. */
record ApiResponse(String method, String path, int status, HttpHeaders headers, byte[] body) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The first value of a header, whatever the case of its name. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The body parsed as JSON. */
    public JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the body of " + this + " is not JSON", e);
        }
    }

    /** The body read as UTF-8. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Names the request and status only: bodies and headers may carry tokens. */
    @Override
    public String toString() {
        return method + " " + path + " -> " + status;
    }
}
