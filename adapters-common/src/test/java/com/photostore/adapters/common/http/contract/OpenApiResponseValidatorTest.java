package com.photostore.adapters.common.http.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.adapters.common.http.ApiRoutes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenApiResponseValidatorTest {
    private static final Optional<String> JSON = Optional.of("application/json");
    private static final Optional<String> PROBLEM = Optional.of("application/problem+json");
    private static final String USER = "{\"id\":\"7f9c24e8-3b12-4fef-91e8-3c1c5e2e0a6b\",\"username\":\"alice\","
            + "\"createdAt\":\"2026-01-01T00:00:00Z\"}";
    private static final String NOT_FOUND = "{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404,"
            + "\"detail\":\"No resource at this path.\",\"errors\":[]}";

    private final OpenApiResponseValidator validator = validator();

    @Test
    void documentedAnswersPass() {
        validator.check("POST", "/api/v1/users", 201, JSON, bytes(USER));
        validator.check("DELETE", "/api/v1/sessions/current", 204, Optional.empty(), new byte[0]);
        validator.check("GET", "/api/v1/photos/01arz3ndektsv4rrffq69g5fav", 404, PROBLEM, bytes(NOT_FOUND));
        validator.check("GET", "/api/v1/albums", 404, PROBLEM, bytes(NOT_FOUND));
        validator.check("OPTIONS", "/api/v1/tags", 204, Optional.empty(), new byte[0]);

        assertThat(validator.drainViolations()).isEmpty();
    }

    @Test
    void bodiesBreakingTheReferencedSchemaAreViolations() {
        validator.check("POST", "/api/v1/users", 201, JSON, bytes("{\"id\":\"x\",\"username\":7}"));
        validator.check("POST", "/api/v1/users", 201, JSON, bytes(USER.replace("2026-01-01T00:00:00Z", "yesterday")));

        assertThat(validator.drainViolations()).containsExactly(
                "POST /api/v1/users -> 201: /id: does not match the uuid pattern must be a valid RFC 4122 UUID",
                "POST /api/v1/users -> 201: /username: integer found, string expected",
                "POST /api/v1/users -> 201: : required property 'createdAt' not found",
                "POST /api/v1/users -> 201: /createdAt: does not match the date-time pattern must be a valid RFC 3339"
                        + " date-time");
    }

    @Test
    void problemsOutsideTheDocumentedTypesAreViolations() {
        validator.check("GET", "/api/v1/tags", 401, PROBLEM, bytes(NOT_FOUND.replace("/problems/not-found", "/x")));

        assertThat(validator.drainViolations()).singleElement()
                .satisfies(v -> assertThat(v).startsWith("GET /api/v1/tags -> 401: /type: does not have a value"));
    }

    @Test
    void undocumentedStatusesMediaTypesAndBodiesAreViolations() {
        validator.check("GET", "/api/v1/tags", 500, PROBLEM, bytes(NOT_FOUND));
        validator.check("POST", "/api/v1/users", 201, Optional.of("text/plain"), bytes(USER));
        validator.check("DELETE", "/api/v1/sessions", 204, JSON, bytes("{}"));
        validator.check("GET", "/api/v1/albums", 200, JSON, bytes("{}"));
        validator.check("POST", "/api/v1/users", 201, JSON, bytes("not json"));

        assertThat(validator.drainViolations()).hasSize(5);
        assertThat(validator.drainViolations()).isEmpty();
    }

    private static OpenApiResponseValidator validator() {
        try {
            return new OpenApiResponseValidator(new ObjectMapper().readTree(ApiRoutes.openApiDocument()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
