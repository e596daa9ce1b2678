package com.photostore.adapters.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A table that serves part of the API, as one Lambda function does. */
class PartialRouteTableTest {
    private final RouteTable tokens = new RouteTable()
            .bind(ApiOperation.LOG_OUT_EVERYWHERE, (request, path) -> HttpResponse.empty(204))
            .bind(ApiOperation.LOG_OUT, (request, path) -> HttpResponse.empty(204));

    @Test
    void servesItsOwnOperations() {
        assertThat(tokens.dispatch(request("DELETE", "/api/v1/sessions")).status()).isEqualTo(204);
        assertThat(tokens.templateOf("DELETE", "/api/v1/sessions/current")).contains("/api/v1/sessions/current");
    }

    @Test
    void anOperationServedElsewhereIsNotFoundHere() {
        assertProblem(() -> tokens.dispatch(request("POST", "/api/v1/sessions")), ProblemType.NOT_FOUND, null);
        assertProblem(() -> tokens.dispatch(request("GET", "/api/v1/photos/01arz3ndektsv4rrffq69g5fav")),
                ProblemType.NOT_FOUND, null);
        assertThat(tokens.templateOf("POST", "/api/v1/sessions")).isEmpty();
    }

    @Test
    void aWrongMethodNamesEveryMethodTheApiAcceptsAtThePath() {
        assertProblem(() -> tokens.dispatch(request("GET", "/api/v1/sessions")), ProblemType.METHOD_NOT_ALLOWED,
                "DELETE, POST");
        assertProblem(() -> tokens.dispatch(request("PUT", "/api/v1/photos/x")), ProblemType.METHOD_NOT_ALLOWED,
                "DELETE, GET, PATCH");
        assertThat(tokens.allowedMethods("/api/v1/photos/x")).isEqualTo("DELETE, GET, PATCH");
    }

    @Test
    void pathsOutsideTheApiAreNotFound() {
        for (String path : List.of("/", "/api/v1", "/api/v1/photos/", "/api/v1/photos/a/b", "/api/v2/photos")) {
            assertProblem(() -> tokens.dispatch(request("GET", path)), ProblemType.NOT_FOUND, null);
        }
    }

    @Test
    void anOperationIsBoundOnce() {
        assertThatThrownBy(() -> tokens.bind(ApiOperation.LOG_OUT, (request, path) -> HttpResponse.empty(204)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static HttpRequest request(String method, String path) {
        return new HttpRequest(method, path, Map.of(), Map.of(), new byte[0], "203.0.113.7");
    }

    private static void assertProblem(Runnable call, ProblemType type, String allow) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(HttpProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.allow()).isEqualTo(allow);
        });
    }
}
