package com.photostore.adapters.common.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.adapters.common.http.contract.FakeBackedRoutes;
import com.photostore.application.service.IngestUploadedObjectService;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.fake.Fakes;
import com.photostore.port.out.fake.ImageSignatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The HTTP API over the real services and the in-memory fakes, with shortcuts to send requests. */
final class ApiHarness {
    static final String PASSWORD = "correct horse battery staple";
    static final String ALLOWED_ORIGIN = "https://app.photostore.test";
    static final ObjectMapper MAPPER = new ObjectMapper();

    final Fakes fakes = new Fakes();
    final List<ObjectCreatedEvent> events = new ArrayList<>();
    final IngestUploadedObjectService ingest = new IngestUploadedObjectService(fakes.catalog(), fakes.storage(),
            fakes.images(), fakes.settings(), fakes.securityEvents());
    final RouteTable routes = ApiRoutes.table(FakeBackedRoutes.over(fakes));
    final HttpApi api = new HttpApi(routes, Set.of(ALLOWED_ORIGIN));

    ApiHarness() {
        fakes.storage().onObjectCreated(events::add);
    }

    HttpResponse send(String method, String path, Map<String, String> headers, String body) {
        return send(method, path, Map.of(), headers, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse send(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                      byte[] body) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        return api.handle(new HttpRequest(method, path, query, multi, body, "203.0.113.7"));
    }

    HttpResponse postJson(String path, String token, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return send("POST", path, headers, json);
    }

    HttpResponse authorized(String method, String path, String token) {
        return send(method, path, Map.of("Authorization", "Bearer " + token), null);
    }

    static JsonNode json(HttpResponse response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs a user up and logs in; returns the log-in body. */
    JsonNode signUpAndLogIn(String username) {
        postJson("/api/v1/users", null, credentials(username, PASSWORD));
        return json(postJson("/api/v1/sessions", null, credentials(username, PASSWORD)));
    }

    String accessTokenOf(String username) {
        return signUpAndLogIn(username).get("accessToken").asText();
    }

    static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    static byte[] jpeg(String seed) {
        return ImageSignatures.fileOf(ContentType.JPEG, seed.getBytes(StandardCharsets.UTF_8));
    }

    /** Requests an upload through the API, posts the file with the returned form and ingests it; returns the photo id. */
    String uploadReady(String token, String fileName, byte[] content, String tagsJson) {
        JsonNode ticket = json(postJson("/api/v1/uploads", token, "{\"fileName\":\"" + fileName
                + "\",\"contentType\":\"image/jpeg\",\"size\":" + content.length + ",\"tags\":" + tagsJson + "}"));
        Map<String, String> fields = new LinkedHashMap<>();
        ticket.get("upload").get("fields").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
        UploadForm form = new UploadForm(URI.create(ticket.get("upload").get("url").asText()), fields,
                Instant.parse(ticket.get("expiresAt").asText()));
        fakes.storage().acceptUpload(form, content);
        ingest.ingest(events.get(events.size() - 1));
        return ticket.get("photoId").asText();
    }
}
