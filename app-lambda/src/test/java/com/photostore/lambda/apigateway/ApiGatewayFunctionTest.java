package com.photostore.lambda.apigateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.adapters.aws.testing.AwsSampleEvents;
import com.photostore.adapters.common.http.PhotoRoutes;
import com.photostore.adapters.common.http.RouteGroup;
import com.photostore.adapters.common.http.TokenRoutes;
import com.photostore.adapters.common.http.UserRoutes;
import com.photostore.adapters.common.http.contract.FakeBackedRoutes;
import com.photostore.port.out.fake.Fakes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One function's routes answering API Gateway events in the test JVM, over the real services and in-memory fakes. */
class ApiGatewayFunctionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREDENTIALS = "{\"username\":\"marguerite\",\"password\":\"plum-tractor-93-quietly-orbits\"}";

    private final List<RouteGroup> groups = FakeBackedRoutes.over(new Fakes());

    @Test
    void answersItsOwnOperation() {
        JsonNode answer = call(function(UserRoutes.class), event("POST", "/api/v1/users", CREDENTIALS));

        assertThat(answer.get("statusCode").asInt()).isEqualTo(201);
        assertThat(answer.get("isBase64Encoded").asBoolean()).isFalse();
        assertThat(body(answer).get("username").asText()).isEqualTo("marguerite");
        assertThat(answer.get("headers").get("X-Request-Id").asText()).isNotBlank();
    }

    @Test
    void anotherFunctionsOperationIsNotFoundAndAWrongMethodNamesTheApisMethods() {
        ApiGatewayFunction photos = function(PhotoRoutes.class);

        JsonNode signUp = call(photos, event("POST", "/api/v1/users", CREDENTIALS));
        JsonNode sessions = call(function(TokenRoutes.class), event("GET", "/api/v1/sessions", null));

        assertThat(signUp.get("statusCode").asInt()).isEqualTo(404);
        assertThat(body(signUp).get("type").asText()).isEqualTo("/problems/not-found");
        assertThat(sessions.get("statusCode").asInt()).isEqualTo(405);
        assertThat(sessions.get("headers").get("Allow").asText()).isEqualTo("DELETE, POST");
    }

    @Test
    void awsSampleEventsAreAnsweredWithProblems() {
        ApiGatewayFunction photos = function(PhotoRoutes.class);

        JsonNode sample = call(photos, AwsSampleEvents.read("apigw_http_event.json"));
        JsonNode template = call(photos, AwsSampleEvents.read("sam_HttpApi.json"));

        assertThat(sample.get("statusCode").asInt()).isEqualTo(404);
        assertThat(template.get("statusCode").asInt()).isEqualTo(400);
        assertThat(body(template).get("errors").get(0).get("field").asText()).isEqualTo("event");
    }

    @Test
    void malformedEventsAreBadRequestsWithTheUsualHeaders() {
        ApiGatewayFunction photos = function(PhotoRoutes.class);

        for (String event : List.of("", "not json", "[]", "null", "42", "{\"headers\":\"x\"}", "{} {}",
                "{\"requestContext\":{\"http\":{\"method\":[1]}}}", "{\"version\":\"2.0\"}")) {
            JsonNode answer = call(photos, event);
            assertThat(answer.get("statusCode").asInt()).as(event).isEqualTo(400);
            assertThat(body(answer).get("type").asText()).isEqualTo("/problems/invalid-input");
            assertThat(answer.get("headers").get("X-Content-Type-Options").asText()).isEqualTo("nosniff");
        }
    }

    @Test
    void warmingUpTouchesNoBackend() {
        Fakes fakes = new Fakes();
        ApiGatewayFunction all = ApiGatewayFunction.serving(Set.of(), FakeBackedRoutes.over(fakes));

        all.warmUp();

        assertThat(fakes.users().size()).isZero();
        assertThat(fakes.catalog().size()).isZero();
    }

    private ApiGatewayFunction function(Class<? extends RouteGroup> group) {
        return ApiGatewayFunction.serving(Set.of("https://app.photostore.test"),
                groups.stream().filter(group::isInstance).toList());
    }

    private static JsonNode call(ApiGatewayFunction function, String event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        function.handle(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out);
        try {
            return JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode body(JsonNode answer) {
        try {
            String body = answer.get("body").asText();
            return JSON.readTree(answer.get("isBase64Encoded").asBoolean() ? Base64.getDecoder().decode(body)
                    : body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String event(String method, String path, String body) {
        String json = "{\"version\":\"2.0\",\"rawPath\":\"" + path + "\",\"rawQueryString\":\"\","
                + "\"headers\":{\"content-type\":\"application/json\"},\"requestContext\":{\"stage\":\"$default\","
                + "\"http\":{\"method\":\"" + method + "\",\"path\":\"" + path + "\",\"sourceIp\":\"198.51.100.7\"}}";
        return json + (body == null ? "" : ",\"body\":" + JSON.valueToTree(body)) + ",\"isBase64Encoded\":false}";
    }
}
