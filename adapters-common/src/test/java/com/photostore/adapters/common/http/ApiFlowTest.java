package com.photostore.adapters.common.http;

import static com.photostore.adapters.common.http.ApiHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiFlowTest {
    private final ApiHarness harness = new ApiHarness();

    @Test
    void signUpAnswersTheCreatedAccount() {
        HttpResponse response = harness.postJson("/api/v1/users", null, ApiHarness.credentials("alice", ApiHarness.PASSWORD));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Cache-Control")).contains("no-store");
        JsonNode body = json(response);
        assertThat(body.fieldNames()).toIterable().containsExactly("id", "username", "createdAt");
        assertThat(body.get("username").asText()).isEqualTo("alice");
        assertThat(Instant.parse(body.get("createdAt").asText())).isNotNull();
    }

    @Test
    void logInAndRefreshAnswerBearerTokens() {
        JsonNode login = harness.signUpAndLogIn("alice");
        assertThat(login.fieldNames()).toIterable()
                .containsExactly("accessToken", "tokenType", "expiresIn", "refreshToken", "refreshExpiresIn", "deviceToken");
        assertThat(login.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(login.get("expiresIn").asLong()).isPositive();

        HttpResponse refreshed = harness.postJson("/api/v1/sessions/refresh", null,
                "{\"refreshToken\":\"" + login.get("refreshToken").asText() + "\"}");

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(json(refreshed).get("refreshToken").asText()).isNotEqualTo(login.get("refreshToken").asText());
        assertThat(refreshed.header("Cache-Control")).contains("no-store");
    }

    @Test
    void loggingOutEndsTheSessionSoItsRefreshTokenIsRefused() {
        JsonNode login = harness.signUpAndLogIn("alice");

        assertThat(harness.authorized("DELETE", "/api/v1/sessions/current", login.get("accessToken").asText())
                .status()).isEqualTo(204);
        HttpResponse after = refresh(login);

        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void loggingOutEverywhereEndsEverySession() {
        JsonNode first = harness.signUpAndLogIn("alice");
        JsonNode second = ApiHarness.json(harness.postJson("/api/v1/sessions", null,
                ApiHarness.credentials("alice", ApiHarness.PASSWORD)));

        assertThat(harness.authorized("DELETE", "/api/v1/sessions", first.get("accessToken").asText()).status())
                .isEqualTo(204);
        assertThat(refresh(first).status()).isEqualTo(401);
        assertThat(refresh(second).status()).isEqualTo(401);
    }

    private HttpResponse refresh(JsonNode login) {
        return harness.postJson("/api/v1/sessions/refresh", null,
                "{\"refreshToken\":\"" + login.get("refreshToken").asText() + "\"}");
    }

    @Test
    void uploadedPhotoIsListedAndShownInTheContractShape() {
        String token = harness.accessTokenOf("alice");
        String id = harness.uploadReady(token, "beach.jpg", ApiHarness.jpeg("beach"), "[\"sea\",\"summer\"]");

        HttpResponse list = harness.authorized("GET", "/api/v1/photos", token);
        HttpResponse one = harness.authorized("GET", "/api/v1/photos/" + id, token);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Cache-Control")).contains("private, no-cache");
        JsonNode page = json(list);
        assertThat(page.get("nextCursor").isNull()).isTrue();
        assertThat(page.get("items")).hasSize(1);
        JsonNode photo = json(one);
        assertThat(photo.fieldNames()).toIterable().containsExactly("id", "status", "fileName", "contentType", "size",
                "width", "height", "orientation", "takenAt", "uploadedAt", "camera", "location", "exposure", "title",
                "description", "tags", "urls", "rejectionReason");
        assertThat(photo.get("status").asText()).isEqualTo("ready");
        assertThat(photo.get("tags")).extracting(JsonNode::asText).containsExactly("sea", "summer");
        assertThat(photo.get("urls").fieldNames()).toIterable().containsExactly("thumbnail", "preview", "original");
        assertThat(photo.get("rejectionReason").isNull()).isTrue();
        assertThat(Instant.parse(photo.get("uploadedAt").asText())).isNotNull();
    }

    @Test
    void pendingPhotoIsShownWithoutUrls() {
        String token = harness.accessTokenOf("alice");
        HttpResponse ticket = harness.postJson("/api/v1/uploads", token,
                "{\"fileName\":\"a.jpg\",\"contentType\":\"image/jpeg\",\"size\":1000}");

        assertThat(ticket.status()).isEqualTo(201);
        JsonNode body = json(ticket);
        assertThat(body.fieldNames()).toIterable().containsExactly("photoId", "upload", "expiresAt");
        assertThat(body.get("upload").get("method").asText()).isEqualTo("POST");
        JsonNode photo = json(harness.authorized("GET", "/api/v1/photos/" + body.get("photoId").asText(), token));
        assertThat(photo.get("status").asText()).isEqualTo("pending");
        assertThat(photo.get("urls").isNull()).isTrue();
        assertThat(photo.get("width").isNull()).isTrue();
    }

    @Test
    void etagAnswersNotModifiedUntilThePhotoChanges() {
        String token = harness.accessTokenOf("alice");
        String id = harness.uploadReady(token, "a.jpg", ApiHarness.jpeg("a"), "[]");
        HttpResponse first = harness.authorized("GET", "/api/v1/photos/" + id, token);
        String etag = first.header("ETag").orElseThrow();

        HttpResponse again = harness.send("GET", "/api/v1/photos/" + id,
                Map.of("Authorization", "Bearer " + token, "If-None-Match", etag), null);
        HttpResponse listAgain = harness.send("GET", "/api/v1/photos", Map.of("Authorization", "Bearer " + token,
                "If-None-Match", harness.authorized("GET", "/api/v1/photos", token).header("ETag").orElseThrow()), null);

        assertThat(etag).matches("\"[A-Za-z0-9_-]+\"");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(listAgain.status()).isEqualTo(304);
        patch(token, id, "{\"title\":\"Changed\"}");
        assertThat(harness.send("GET", "/api/v1/photos/" + id,
                Map.of("Authorization", "Bearer " + token, "If-None-Match", etag), null).status()).isEqualTo(200);
    }

    @Test
    void patchSetsAndClearsFieldsAndEditsTags() {
        String token = harness.accessTokenOf("alice");
        String id = harness.uploadReady(token, "a.jpg", ApiHarness.jpeg("a"), "[\"old\"]");

        JsonNode set = json(patch(token, id, "{\"title\":\"Dunes\",\"description\":\"Evening\",\"addTags\":[\"new\"],"
                + "\"removeTags\":[\"old\"]}"));
        JsonNode cleared = json(patch(token, id, "{\"title\":null}"));

        assertThat(set.get("title").asText()).isEqualTo("Dunes");
        assertThat(set.get("tags")).extracting(JsonNode::asText).containsExactly("new");
        assertThat(cleared.get("title").isNull()).isTrue();
        assertThat(cleared.get("description").asText()).isEqualTo("Evening");
        JsonNode tags = json(harness.authorized("GET", "/api/v1/tags", token));
        assertThat(tags.get("items").get(0).get("tag").asText()).isEqualTo("new");
        assertThat(tags.get("items").get(0).get("count").asLong()).isEqualTo(1);
    }

    @Test
    void deletedPhotoIsGone() {
        String token = harness.accessTokenOf("alice");
        String id = harness.uploadReady(token, "a.jpg", ApiHarness.jpeg("a"), "[]");

        assertThat(harness.authorized("DELETE", "/api/v1/photos/" + id, token).status()).isEqualTo(204);
        assertThat(harness.authorized("GET", "/api/v1/photos/" + id, token).status()).isEqualTo(404);
    }

    @Test
    void listingHonoursQueryParameters() {
        String token = harness.accessTokenOf("alice");
        harness.uploadReady(token, "a.jpg", ApiHarness.jpeg("a"), "[\"x\"]");
        harness.uploadReady(token, "b.jpg", ApiHarness.jpeg("b"), "[\"y\"]");

        HttpResponse filtered = harness.send("GET", "/api/v1/photos", Map.of("tag", List.of("x"), "limit", List.of("1")),
                Map.of("Authorization", "Bearer " + token), new byte[0]);

        assertThat(json(filtered).get("items")).extracting(item -> item.get("fileName").asText()).containsExactly("a.jpg");
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        HttpResponse response = harness.send("GET", "/api/v1/openapi.json", Map.of(), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "no-referrer")
                .containsEntry("X-Frame-Options", "DENY")
                .containsKey("X-Request-Id");
        assertThat(response.header("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).startsWith("default-src 'none'"));
    }

    @Test
    void corsIsAnsweredForAllowedOriginsOnly() {
        HttpResponse allowed = harness.send("OPTIONS", "/api/v1/photos/abc",
                Map.of("Origin", ApiHarness.ALLOWED_ORIGIN, "Access-Control-Request-Method", "PATCH"), null);
        HttpResponse refused = harness.send("OPTIONS", "/api/v1/photos/abc",
                Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "PATCH"), null);
        HttpResponse simple = harness.postJson("/api/v1/users", null, ApiHarness.credentials("carol", ApiHarness.PASSWORD));

        assertThat(allowed.status()).isEqualTo(204);
        assertThat(allowed.headers()).containsEntry("Access-Control-Allow-Origin", ApiHarness.ALLOWED_ORIGIN)
                .containsEntry("Access-Control-Allow-Methods", "DELETE, GET, PATCH");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.headers()).doesNotContainKey("Access-Control-Allow-Origin");
        assertThat(simple.headers()).doesNotContainKey("Access-Control-Allow-Origin");
    }

    private HttpResponse patch(String token, String id, String json) {
        HttpResponse response = harness.send("PATCH", "/api/v1/photos/" + id,
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), json);
        assertThat(response.status()).isEqualTo(200);
        return response;
    }
}
