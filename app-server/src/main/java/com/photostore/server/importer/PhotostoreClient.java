package com.photostore.server.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A small client of the Photostore HTTP API: logs in, refreshes its token on expiry, requests and posts uploads. */
public final class PhotostoreClient {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String accessToken;
    private volatile String refreshToken;

    public PhotostoreClient(URI base) {
        this.base = base;
    }

    /** One answer: its status and JSON body (empty object when there is none). */
    public record Answer(int status, JsonNode body) {
        /** The problem's detail, or the status when the body has none. */
        public String detail() {
            return body.hasNonNull("detail") ? body.get("detail").asText() : "HTTP " + status;
        }
    }

    /** Creates an account; answers 201, or 409 when the name is taken. */
    public Answer signUp(String username, char[] password) {
        return send("POST", "/api/v1/users", credentials(username, password), false);
    }

    /** Logs in, keeping the tokens for later calls. */
    public void logIn(String username, char[] password) {
        Answer answer = send("POST", "/api/v1/sessions", credentials(username, password), false);
        if (answer.status() != 201) {
            throw new ImportException("log-in failed: " + answer.detail());
        }
        keepTokens(answer.body());
    }

    private static ObjectNode credentials(String username, char[] password) {
        ObjectNode body = JSON.createObjectNode();
        body.put("username", username);
        body.put("password", new String(password));
        return body;
    }

    private void keepTokens(JsonNode body) {
        accessToken = body.get("accessToken").asText();
        refreshToken = body.get("refreshToken").asText();
    }

    /** Sends an authenticated JSON request, refreshing the access token once when it has expired. */
    public Answer call(String method, String path, JsonNode body) {
        Answer answer = send(method, path, body, true);
        if (answer.status() == 401 && refreshToken != null) {
            refresh();
            answer = send(method, path, body, true);
        }
        return answer;
    }

    private synchronized void refresh() {
        ObjectNode body = JSON.createObjectNode();
        body.put("refreshToken", refreshToken);
        Answer answer = send("POST", "/api/v1/sessions/refresh", body, false);
        if (answer.status() != 200) {
            throw new ImportException("the session ended and could not be refreshed: " + answer.detail());
        }
        keepTokens(answer.body());
    }

    private Answer send(String method, String path, JsonNode body, boolean authenticated) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (authenticated) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        HttpResponse<byte[]> response = exchange(request.build());
        JsonNode parsed = JSON.createObjectNode();
        if (response.body().length > 0) {
            try {
                parsed = JSON.readTree(response.body());
            } catch (IOException e) {
                throw new ImportException(method + " " + path + " answered " + response.statusCode()
                        + " with a body that is not JSON");
            }
        }
        return new Answer(response.statusCode(), parsed);
    }

    /** Posts a file with a presigned form (every field, then the file), as a browser does; answers the status. */
    public int postForm(JsonNode upload, String fileName, String contentType, byte[] content) {
        String boundary = "photostore-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 4096);
        for (Map.Entry<String, JsonNode> field : upload.get("fields").properties()) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue().asText() + "\r\n");
        }
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName.replace("\"", "") + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        out.writeBytes(content);
        write(out, "\r\n--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(upload.get("url").asText())).timeout(TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .build();
        return exchange(request).statusCode();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer from " + request.uri().getScheme() + "://"
                    + request.uri().getAuthority() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException("interrupted");
        }
    }

    /** A JSON object to fill in. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
