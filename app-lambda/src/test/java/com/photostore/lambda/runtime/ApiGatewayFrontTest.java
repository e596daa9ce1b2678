package com.photostore.lambda.runtime;

import static com.photostore.lambda.runtime.Functions.config;
import static com.photostore.lambda.runtime.Functions.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.adapters.aws.testing.AwsSampleEvents;
import com.photostore.lambda.runtime.fixtures.EchoHandler;
import com.photostore.lambda.runtime.fixtures.RawOutputHandler;
import com.photostore.lambda.runtime.fixtures.ReplyHandler;
import com.photostore.lambda.runtime.fixtures.SlowHandler;
import com.photostore.lambda.runtime.fixtures.ThrowingHandler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API front over real functions: the events it builds, the routes it picks, the answers it maps. */
class ApiGatewayFrontTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(WAIT).build();

    private static FunctionProcess echo;
    private static FunctionProcess reply;
    private static FunctionProcess raw;
    private static FunctionProcess throwing;
    private static FunctionProcess slow;
    private static ApiGatewayFront api;
    private static ApiGatewayFront catchAll;
    private static ApiGatewayFront prod;
    private static ApiGatewayFront impatient;

    @BeforeAll
    static void start() {
        echo = FunctionProcess.start(config("echo", EchoHandler.class).withMemory(512));
        reply = FunctionProcess.start(config("reply", ReplyHandler.class));
        raw = FunctionProcess.start(config("raw", RawOutputHandler.class));
        throwing = FunctionProcess.start(config("throwing", ThrowingHandler.class));
        slow = FunctionProcess.start(config("slow", SlowHandler.class).withTimeout(Duration.ofSeconds(1)));
        Map<String, FunctionProcess> routes = Map.of(
                "GET /api/v1/photos/{id}", echo,
                "POST /api/v1/uploads", echo,
                "ANY /api/v1/echo/{proxy+}", echo,
                "GET /reply/{case}", reply,
                "GET /raw", raw,
                "GET /throw", throwing,
                "GET /slow", slow);
        api = ApiGatewayFront.start(routes);
        catchAll = ApiGatewayFront.start(Map.of("$default", echo));
        prod = ApiGatewayFront.start(routes, ApiSettings.defaults().withStage("prod")
                .withStageVariables(Map.of("bucket", "photos")));
        impatient = ApiGatewayFront.start(Map.of("GET /slow", slow),
                ApiSettings.defaults().withIntegrationTimeout(Duration.ofMillis(500)));
    }

    @AfterAll
    static void stop() {
        List.of(api, catchAll, prod, impatient).forEach(ApiGatewayFront::close);
        List.of(echo, reply, raw, throwing, slow).forEach(FunctionProcess::close);
        Functions.assertNoJavaChildLeft();
    }

    @Test
    void theEventHasTheShapeAndValuesOfAwsSample() throws Exception {
        JsonNode sample = JSON.readTree(AwsSampleEvents.read("apigw_http_event.json"));
        HttpRequest request = HttpRequest.newBuilder(uri(catchAll, "/my/path?" + sample.path("rawQueryString").asText()))
                .timeout(WAIT)
                .header("Header1", "value1")
                .header("Header2", "value1")
                .header("Header2", "value2")
                .header("Cookie", "cookie1; cookie2")
                .header("Content-Type", "text/plain")
                .header("User-Agent", "agent")
                .POST(HttpRequest.BodyPublishers.ofString(sample.path("body").asText()))
                .build();

        JsonNode event = JSON.readTree(send(request).body());

        assertThat(JsonFieldNames.of(event)).isEqualTo(without(JsonFieldNames.of(sample), "pathParameters", "stageVariables"));
        assertThat(JsonFieldNames.of(event.path("requestContext")))
                .isEqualTo(without(JsonFieldNames.of(sample.path("requestContext")), "authorizer"));
        assertThat(JsonFieldNames.of(event.path("requestContext").path("http")))
                .isEqualTo(JsonFieldNames.of(sample.path("requestContext").path("http")));
        for (String field : List.of("version", "routeKey", "rawPath", "rawQueryString", "cookies",
                "queryStringParameters", "body", "isBase64Encoded")) {
            assertThat(event.path(field)).as(field).isEqualTo(sample.path(field));
        }
        assertThat(event.path("headers").path("header1").asText()).isEqualTo("value1");
        assertThat(event.path("headers").path("header2")).isEqualTo(sample.path("headers").path("Header2"));
        assertThat(event.path("headers").has("cookie")).isFalse();
        JsonNode context = event.path("requestContext");
        JsonNode sampleContext = sample.path("requestContext");
        for (String field : List.of("routeKey", "stage")) {
            assertThat(context.path(field)).as(field).isEqualTo(sampleContext.path(field));
        }
        assertThat(context.path("http").path("method")).isEqualTo(sampleContext.path("http").path("method"));
        assertThat(context.path("http").path("path")).isEqualTo(sampleContext.path("http").path("path"));
        assertThat(context.path("http").path("protocol")).isEqualTo(sampleContext.path("http").path("protocol"));
        assertThat(context.path("http").path("userAgent")).isEqualTo(sampleContext.path("http").path("userAgent"));
        assertThat(context.path("http").path("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(context.path("time").asText()).matches("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000");
        assertThat(context.path("timeEpoch").isIntegralNumber()).isTrue();
        assertThat(context.path("domainName").asText()).isEqualTo("127.0.0.1");
    }

    @Test
    void apiGatewayAddsItsForwardingAndTraceHeaders() throws Exception {
        JsonNode headers = event(get(api, "/api/v1/photos/7")).path("headers");

        assertThat(headers.path("x-forwarded-for").asText()).isEqualTo("127.0.0.1");
        assertThat(headers.path("x-forwarded-proto").asText()).isEqualTo("http");
        assertThat(headers.path("x-forwarded-port").asText()).isEqualTo(Integer.toString(api.uri().getPort()));
        assertThat(headers.path("x-amzn-trace-id").asText()).matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24}");
        assertThat(JsonFieldNames.of(headers)).allMatch(name -> name.equals(name.toLowerCase()));
    }

    @Test
    void aRouteWithAPathVariableCarriesItsKeyAndParameters() throws Exception {
        JsonNode event = event(get(api, "/api/v1/photos/a%20b?tag=sea&tag=sky%20blue&empty"));

        assertThat(event.path("routeKey").asText()).isEqualTo("GET /api/v1/photos/{id}");
        assertThat(event.path("requestContext").path("routeKey").asText()).isEqualTo("GET /api/v1/photos/{id}");
        assertThat(event.path("pathParameters")).isEqualTo(JSON.readTree("{\"id\":\"a b\"}"));
        assertThat(event.path("rawPath").asText()).isEqualTo("/api/v1/photos/a%20b");
        assertThat(event.path("rawQueryString").asText()).isEqualTo("tag=sea&tag=sky%20blue&empty");
        assertThat(event.path("queryStringParameters"))
                .isEqualTo(JSON.readTree("{\"tag\":\"sea,sky blue\",\"empty\":\"\"}"));
        assertThat(event.has("body")).isFalse();
        assertThat(event.has("cookies")).isFalse();
        assertThat(event.path("isBase64Encoded").asBoolean()).isFalse();
    }

    @Test
    void aGreedyRouteTakesAnyMethodAndTheRestOfThePath() throws Exception {
        JsonNode event = event(send(HttpRequest.newBuilder(uri(api, "/api/v1/echo/a/b/c")).timeout(WAIT)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"x\":1}"))
                .header("Content-Type", "application/json").build()));

        assertThat(event.path("routeKey").asText()).isEqualTo("ANY /api/v1/echo/{proxy+}");
        assertThat(event.path("pathParameters").path("proxy").asText()).isEqualTo("a/b/c");
        assertThat(event.path("requestContext").path("http").path("method").asText()).isEqualTo("PATCH");
        assertThat(event.path("body").asText()).isEqualTo("{\"x\":1}");
    }

    @Test
    void aBinaryOrFormBodyIsBase64EncodedAndTextIsNot() throws Exception {
        byte[] bytes = {(byte) 0xff, 0, 1, 2};
        JsonNode binary = event(post(api, "/api/v1/uploads", "application/octet-stream", bytes));
        JsonNode form = event(post(api, "/api/v1/uploads", "application/x-www-form-urlencoded", utf8("a=1")));
        JsonNode untyped = event(post(api, "/api/v1/uploads", null, utf8("a")));
        JsonNode json = event(post(api, "/api/v1/uploads", "application/json; charset=utf-8", utf8("{\"a\":1}")));

        assertThat(binary.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(binary.path("body").asText())).isEqualTo(bytes);
        assertThat(form.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(untyped.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(json.path("isBase64Encoded").asBoolean()).isFalse();
        assertThat(json.path("body").asText()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aNamedStageIsPartOfThePathButNotOfTheRoute() throws Exception {
        assertThat(prod.uri().getPath()).isEqualTo("/prod");

        JsonNode event = event(get(prod, "/api/v1/photos/7"));

        assertThat(event.path("rawPath").asText()).isEqualTo("/prod/api/v1/photos/7");
        assertThat(event.path("requestContext").path("http").path("path").asText())
                .isEqualTo("/prod/api/v1/photos/7");
        assertThat(event.path("requestContext").path("stage").asText()).isEqualTo("prod");
        assertThat(event.path("routeKey").asText()).isEqualTo("GET /api/v1/photos/{id}");
        assertThat(event.path("stageVariables")).isEqualTo(JSON.readTree("{\"bucket\":\"photos\"}"));
        URI withoutStage = URI.create("http://" + prod.uri().getAuthority() + "/api/v1/photos/7");
        assertNotFound(send(HttpRequest.newBuilder(withoutStage).timeout(WAIT).build()));
    }

    @Test
    void aRequestWithoutARouteIsNotFound() throws Exception {
        assertNotFound(get(api, "/api/v1/nothing-here"));
        assertNotFound(send(HttpRequest.newBuilder(uri(api, "/api/v1/photos/7")).timeout(WAIT)
                .DELETE().build()));
    }

    @Test
    void aFullAnswerSetsStatusHeadersCookiesAndBody() throws Exception {
        HttpResponse<byte[]> response = get(api, "/reply/created");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("content-type")).contains("text/plain; charset=utf-8");
        assertThat(response.headers().firstValue("x-photo-id")).contains("p-1");
        assertThat(response.headers().allValues("set-cookie"))
                .containsExactly("session=abc; Path=/; HttpOnly", "theme=dark");
        assertThat(response.headers().firstValue("apigw-requestid")).get().asString().hasSize(16);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("made");
    }

    @Test
    void aBase64AnswerIsDecoded() throws Exception {
        HttpResponse<byte[]> response = get(api, "/reply/binary");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).contains("image/png");
        assertThat(response.body()).isEqualTo(ReplyHandler.BINARY);
    }

    @Test
    void jsonWithoutStatusCodeIsA200WithThatJsonAsBody() throws Exception {
        HttpResponse<byte[]> object = get(api, "/reply/inferred");
        HttpResponse<byte[]> string = get(api, "/reply/string");

        assertThat(object.statusCode()).isEqualTo(200);
        assertThat(object.headers().firstValue("content-type")).contains("application/json");
        assertThat(JSON.readTree(object.body()))
                .isEqualTo(JSON.readTree("{\"message\":\"Hello from Lambda!\",\"case\":\"inferred\"}"));
        assertThat(string.statusCode()).isEqualTo(200);
        assertThat(new String(string.body(), StandardCharsets.UTF_8)).isEqualTo("Hello from Lambda!");
    }

    @Test
    void multiValueHeadersAreNotPartOfFormat20() throws Exception {
        HttpResponse<byte[]> response = get(api, "/reply/multi-value");

        assertThat(response.headers().firstValue("x-single")).contains("one");
        assertThat(response.headers().firstValue("x-multi")).isEmpty();
    }

    @Test
    void anAnswerWithoutBodyHasNone() throws Exception {
        HttpResponse<byte[]> response = get(api, "/reply/no-content");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aMalformedAnswerAFunctionErrorAndAFunctionTimeoutAreInternalServerErrors() throws Exception {
        assertMessage(get(api, "/reply/bad-status"), 500, "Internal Server Error");
        assertMessage(get(api, "/raw"), 500, "Internal Server Error");
        assertMessage(get(api, "/throw"), 500, "Internal Server Error");
        assertMessage(get(api, "/slow?delay=1500"), 500, "Internal Server Error");
    }

    @Test
    void anIntegrationThatOutlastsTheIntegrationTimeoutIsServiceUnavailable() throws Exception {
        assertMessage(get(impatient, "/slow?delay=800"), 503, "Service Unavailable");
    }

    @Test
    void aBodyOverTenMegabytesIsRefusedAndOneOverTheLambdaQuotaToo() throws Exception {
        HttpResponse<byte[]> tooLargeForApi = post(api, "/api/v1/uploads", "text/plain",
                new byte[ApiGatewayFront.MAX_BODY_BYTES + 1]);
        HttpResponse<byte[]> tooLargeForLambda = post(api, "/api/v1/uploads", "text/plain",
                new byte[FunctionProcess.MAX_EVENT_BYTES]);

        assertThat(tooLargeForApi.statusCode()).isEqualTo(413);
        assertThat(new String(tooLargeForApi.body(), StandardCharsets.UTF_8))
                .isEqualTo("HTTP content length exceeded 10485760 bytes.");
        assertMessage(tooLargeForLambda, 413, "Request Too Long");
    }

    private static HttpResponse<byte[]> get(ApiGatewayFront front, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(front, path)).timeout(WAIT).build());
    }

    private static HttpResponse<byte[]> post(ApiGatewayFront front, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(front, path)).timeout(WAIT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    private static HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI uri(ApiGatewayFront front, String pathAndQuery) {
        return URI.create(front.uri() + pathAndQuery);
    }

    private static JsonNode event(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void assertNotFound(HttpResponse<byte[]> response) throws IOException {
        assertMessage(response, 404, "Not Found");
    }

    private static void assertMessage(HttpResponse<byte[]> response, int status, String message) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.createObjectNode().put("message", message));
    }

    private static Set<String> without(Set<String> names, String... removed) {
        Set<String> rest = new TreeSet<>(names);
        List.of(removed).forEach(rest::remove);
        return rest;
    }
}
