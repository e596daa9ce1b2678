package com.photostore.adapters.common.http;

import static com.photostore.adapters.common.http.ApiHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.error.UnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {
    private final ApiHarness harness = new ApiHarness();

    @Test
    void missingFieldsAreNamedInAnInvalidInputProblem() {
        HttpResponse response = harness.postJson("/api/v1/users", null, "{\"username\":\"alice\"}");

        JsonNode problem = problem(response, 400, "/problems/invalid-input");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("password");
    }

    @Test
    void unknownFieldsAreRefused() {
        HttpResponse response = harness.postJson("/api/v1/users", null,
                "{\"username\":\"alice\",\"password\":\"" + ApiHarness.PASSWORD + "\",\"admin\":true}");

        assertThat(problem(response, 400, "/problems/invalid-input").get("errors").get(0).get("field").asText())
                .isEqualTo("admin");
    }

    @Test
    void wrongTypesAreRefused() {
        String token = harness.accessTokenOf("alice");

        HttpResponse numberAsName = harness.postJson("/api/v1/users", null, "{\"username\":42,\"password\":\"x\"}");
        HttpResponse textAsSize = harness.postJson("/api/v1/uploads", token,
                "{\"fileName\":\"a.jpg\",\"contentType\":\"image/jpeg\",\"size\":\"12\"}");
        HttpResponse notJson = harness.postJson("/api/v1/users", null, "{\"username\":");

        assertThat(problem(numberAsName, 400, "/problems/invalid-input").get("errors").get(0).get("field").asText())
                .isEqualTo("username");
        assertThat(problem(textAsSize, 400, "/problems/invalid-input").get("errors").get(0).get("field").asText())
                .isEqualTo("size");
        assertThat(problem(notJson, 400, "/problems/invalid-input").get("errors").get(0).get("field").asText())
                .isEqualTo("body");
    }

    @Test
    void badListingParametersAreFieldErrors() {
        String token = harness.accessTokenOf("alice");

        HttpResponse response = harness.send("GET", "/api/v1/photos",
                Map.of("sort", List.of("colour"), "limit", List.of("0")), Map.of("Authorization", "Bearer " + token),
                new byte[0]);

        JsonNode problem = problem(response, 400, "/problems/invalid-input");
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText()).contains("sort", "limit");
    }

    @Test
    void missingOrQueryStringTokensAreUnauthorized() {
        String token = harness.accessTokenOf("alice");

        HttpResponse none = harness.send("GET", "/api/v1/photos", Map.of(), null);
        HttpResponse inQuery = harness.send("GET", "/api/v1/photos", Map.of("access_token", List.of(token)),
                Map.of(), new byte[0]);
        HttpResponse basic = harness.send("GET", "/api/v1/tags", Map.of("Authorization", "Basic " + token), null);
        HttpResponse forged = harness.authorized("GET", "/api/v1/tags", token + "x");

        for (HttpResponse response : List.of(none, inQuery, basic, forged)) {
            problem(response, 401, "/problems/unauthorized");
            assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
    }

    @Test
    void wrongPasswordIsUnauthorizedAndRepeatedFailuresAreRateLimited() {
        harness.signUpAndLogIn("alice");
        HttpResponse response = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            response = harness.postJson("/api/v1/sessions", null, ApiHarness.credentials("alice", "wrong password"));
            if (response.status() != 401) {
                break;
            }
        }

        problem(response, 429, "/problems/rate-limited");
        assertThat(Long.parseLong(response.header("Retry-After").orElseThrow())).isPositive();
    }

    @Test
    void anotherUsersPhotoIsNotFound() {
        String alice = harness.accessTokenOf("alice");
        String bob = harness.accessTokenOf("bob");
        String id = harness.uploadReady(alice, "a.jpg", ApiHarness.jpeg("a"), "[]");

        problem(harness.authorized("GET", "/api/v1/photos/" + id, bob), 404, "/problems/not-found");
        problem(harness.authorized("DELETE", "/api/v1/photos/" + id, bob), 404, "/problems/not-found");
        assertThat(harness.authorized("GET", "/api/v1/photos/" + id, alice).status()).isEqualTo(200);
    }

    @Test
    void unknownPathsAndWrongMethodsAreProblems() {
        HttpResponse unknown = harness.send("GET", "/api/v1/albums", Map.of(), null);
        HttpResponse wrongMethod = harness.send("PUT", "/api/v1/photos/abc", Map.of(), null);

        problem(unknown, 404, "/problems/not-found");
        problem(wrongMethod, 405, "/problems/method-not-allowed");
        assertThat(wrongMethod.header("Allow")).contains("DELETE, GET, PATCH");
    }

    @Test
    void takenUsernameIsAConflict() {
        harness.signUpAndLogIn("alice");

        problem(harness.postJson("/api/v1/users", null, ApiHarness.credentials("alice", ApiHarness.PASSWORD)), 409,
                "/problems/conflict");
    }

    @Test
    void uploadOfAStoredFileNamesTheExistingPhoto() {
        String token = harness.accessTokenOf("alice");
        byte[] content = ApiHarness.jpeg("a");
        String id = harness.uploadReady(token, "a.jpg", content, "[]");

        HttpResponse response = harness.postJson("/api/v1/uploads", token, "{\"fileName\":\"copy.jpg\","
                + "\"contentType\":\"image/jpeg\",\"size\":" + content.length + ",\"sha256\":\""
                + Sha256.of(content).hex() + "\"}");

        assertThat(problem(response, 409, "/problems/conflict").get("existingPhotoId").asText()).isEqualTo(id);
    }

    @Test
    void oversizedBodiesAndOtherMediaTypesAreRefused() {
        byte[] large = ("{\"username\":\"" + "a".repeat(Json.MAX_BODY_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse tooLarge = harness.send("POST", "/api/v1/users", Map.of(),
                Map.of("Content-Type", "application/json"), large);
        HttpResponse form = harness.send("POST", "/api/v1/users", Map.of("Content-Type", "text/plain"),
                ApiHarness.credentials("alice", ApiHarness.PASSWORD));

        problem(tooLarge, 413, "/problems/payload-too-large");
        problem(form, 415, "/problems/unsupported-media-type");
    }

    @Test
    void unexpectedFailuresAreAnsweredWithoutTheirMessage() {
        HttpApi api = new HttpApi(ApiRoutes.table(List.of(new UserRoutes(command -> {
            throw new IllegalStateException("secret connection string");
        }))), Set.of());

        HttpResponse response = api.handle(new HttpRequest("POST", "/api/v1/users", Map.of(),
                Map.of("Content-Type", List.of("application/json")),
                ApiHarness.credentials("alice", ApiHarness.PASSWORD).getBytes(StandardCharsets.UTF_8), "203.0.113.7"));

        JsonNode problem = problem(response, 500, "/problems/internal-error");
        assertThat(response.bodyText()).doesNotContain("secret", "Exception", "at com.");
        assertThat(problem.get("detail").asText()).contains(response.header("X-Request-Id").orElseThrow());
    }

    @Test
    void tagsMustBeAListOfStrings() {
        String token = harness.accessTokenOf("alice");
        String id = harness.uploadReady(token, "a.jpg", ApiHarness.jpeg("a"), "[]");

        for (String body : List.of("{\"tags\":\"sea\"}", "{\"tags\":[1]}", "{\"title\":5}")) {
            HttpResponse response = harness.send("PATCH", "/api/v1/photos/" + id,
                    Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), body);
            problem(response, 400, "/problems/invalid-input");
        }
    }

    @Test
    void unavailableBackendsAskToRetry() {
        HttpApi api = new HttpApi(new RouteTable().bind(ApiOperation.LIST_TAGS, (request, path) -> {
            throw new UnavailableException("catalogue timed out at 10.0.0.5", Duration.ofSeconds(3), null);
        }), Set.of());
        String token = harness.accessTokenOf("alice");

        HttpResponse response = api.handle(new HttpRequest("GET", "/api/v1/tags", Map.of(),
                Map.of("authorization", List.of("Bearer " + token)), new byte[0], "203.0.113.7"));

        problem(response, 503, "/problems/unavailable");
        assertThat(response.header("Retry-After")).contains("3");
        assertThat(response.bodyText()).doesNotContain("10.0.0.5");
    }

    private static JsonNode problem(HttpResponse response, int status, String type) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).contains(Problems.MEDIA_TYPE);
        JsonNode body = json(response);
        assertThat(body.get("type").asText()).isEqualTo(type);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.has("title")).isTrue();
        assertThat(body.has("detail")).isTrue();
        assertThat(body.get("errors").isArray()).isTrue();
        return body;
    }
}
