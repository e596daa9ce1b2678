package com.photostore.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Route selection, first on the example of API Gateway's developer guide ("Routing API requests" in "Working with
 * routes for HTTP APIs"), then on Photostore's own routes.
 */
class RouteTableTest {
    private static final RouteTable<String> GUIDE_EXAMPLE = RouteTable.of(routes(
            "GET /pets/dog/1", "GET /pets/dog/{id}", "GET /pets/{proxy+}", "ANY /{proxy+}", "$default"));

    @ParameterizedTest
    @CsvSource({
            "GET, /pets/dog/1, GET /pets/dog/1",
            "GET, /pets/dog/2, GET /pets/dog/{id}",
            "GET, /pets/cat/1, GET /pets/{proxy+}",
            "POST, /test/5, ANY /{proxy+}",
            "GET, /, $default"})
    void theGuidesExampleRoutesAsTheGuideSays(String method, String path, String expectedRoute) {
        assertThat(GUIDE_EXAMPLE.select(method, path)).get().extracting(RouteMatch::routeKey).isEqualTo(expectedRoute);
    }

    @Test
    void pathVariablesAreCapturedDecoded() {
        RouteTable<String> table = RouteTable.of(routes("GET /api/v1/photos/{id}", "GET /files/{path+}"));

        assertThat(table.select("GET", "/api/v1/photos/a%20b").orElseThrow().pathParameters())
                .isEqualTo(Map.of("id", "a b"));
        assertThat(table.select("GET", "/files/users/7/originals/x%2By").orElseThrow().pathParameters())
                .isEqualTo(Map.of("path", "users/7/originals/x+y"));
    }

    @Test
    void aNamedMethodWinsOverAnyOnTheSamePath() {
        RouteTable<String> table = RouteTable.of(routes("ANY /photos/{id}", "DELETE /photos/{id}"));

        assertThat(table.select("DELETE", "/photos/1").orElseThrow().routeKey()).isEqualTo("DELETE /photos/{id}");
        assertThat(table.select("PATCH", "/photos/1").orElseThrow().routeKey()).isEqualTo("ANY /photos/{id}");
    }

    @Test
    void aLiteralSegmentWinsOverAVariable() {
        RouteTable<String> table = RouteTable.of(routes("POST /sessions/{id}", "POST /sessions/refresh"));

        assertThat(table.select("POST", "/sessions/refresh").orElseThrow().routeKey())
                .isEqualTo("POST /sessions/refresh");
    }

    @Test
    void theLongerGreedyPrefixWins() {
        RouteTable<String> table = RouteTable.of(routes("ANY /{proxy+}", "ANY /api/{proxy+}"));

        assertThat(table.select("GET", "/api/v1/tags").orElseThrow().routeKey()).isEqualTo("ANY /api/{proxy+}");
    }

    @Test
    void aGreedyVariableNeedsAtLeastOneSegmentAndAVariableAValue() {
        RouteTable<String> table = RouteTable.of(routes("GET /pets/{proxy+}", "GET /users/{id}"));

        assertThat(table.select("GET", "/pets")).isEmpty();
        assertThat(table.select("GET", "/users/")).isEmpty();
    }

    @Test
    void withoutADefaultRouteAnUnmatchedRequestHasNoRoute() {
        RouteTable<String> table = RouteTable.of(routes("GET /api/v1/photos"));

        assertThat(table.select("POST", "/api/v1/photos")).isEmpty();
        assertThat(table.select("GET", "/api/v1/photos/")).isEmpty();
        assertThat(table.select("GET", "/api/v1/photos").orElseThrow().target()).isEqualTo("GET /api/v1/photos");
    }

    @Test
    void aGreedyVariableOutsideTheLastSegmentIsRejected() {
        assertThatThrownBy(() -> RouteTable.of(routes("GET /{proxy+}/x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> routes(String... keys) {
        Map<String, String> routes = new LinkedHashMap<>();
        for (String key : keys) {
            routes.put(key, key);
        }
        return routes;
    }
}
