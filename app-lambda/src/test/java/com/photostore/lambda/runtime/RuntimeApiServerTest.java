package com.photostore.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RuntimeApiServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:test";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private RuntimeApiServer api;

    @BeforeEach
    void start() {
        api = RuntimeApiServer.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theLongPollReturnsTheQueuedEventWithEveryInvocationHeader() throws Exception {
        CompletableFuture<HttpResponse<String>> poll = next();
        assertThat(api.firstPoll().get(5, TimeUnit.SECONDS)).isPositive();
        assertThat(poll).isNotDone();
        Instant deadline = Instant.now().plusSeconds(3);
        Invocation invocation = Invocation.of(bytes("{\"a\":1}"), deadline, ARN)
                .withMobileContext(Optional.of("{\"custom\":{}}"), Optional.of("{\"cognitoIdentityId\":\"id\"}"));
        PendingInvocation pending = api.submit(invocation);

        HttpResponse<String> response = poll.get(5, TimeUnit.SECONDS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"a\":1}");
        assertThat(response.headers().firstValue("Lambda-Runtime-Aws-Request-Id")).contains(invocation.requestId());
        assertThat(response.headers().firstValue("Lambda-Runtime-Deadline-Ms"))
                .contains(Long.toString(deadline.toEpochMilli()));
        assertThat(response.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn")).contains(ARN);
        assertThat(response.headers().firstValue("Lambda-Runtime-Trace-Id")).get().asString()
                .matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0");
        assertThat(response.headers().firstValue("Lambda-Runtime-Client-Context")).contains("{\"custom\":{}}");
        assertThat(response.headers().firstValue("Lambda-Runtime-Cognito-Identity"))
                .contains("{\"cognitoIdentityId\":\"id\"}");
        assertThat(pending.handedOut()).isDone();
    }

    @Test
    void mobileHeadersAreAbsentWhenNotSet() throws Exception {
        CompletableFuture<HttpResponse<String>> poll = next();
        api.submit(Invocation.of(bytes("{}"), Instant.now().plusSeconds(3), ARN));

        HttpResponse<String> response = poll.get(5, TimeUnit.SECONDS);

        assertThat(response.headers().firstValue("Lambda-Runtime-Client-Context")).isEmpty();
        assertThat(response.headers().firstValue("Lambda-Runtime-Cognito-Identity")).isEmpty();
    }

    @Test
    void aResponseIsAcceptedAndRecordedAfterTheHandOut() throws Exception {
        PendingInvocation pending = handOut();

        HttpResponse<String> posted = post("invocation/" + id(pending) + "/response", "\"ok\"", Optional.empty());

        assertThat(posted.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(posted.body()).path("status").asText()).isEqualTo("OK");
        RuntimeAnswer answer = pending.answer().get(5, TimeUnit.SECONDS);
        assertThat(answer.kind()).isEqualTo(RuntimeAnswer.Kind.RESPONSE);
        assertThat(answer.bodyText()).isEqualTo("\"ok\"");
        assertThat(answer.arrivedNanos()).isGreaterThanOrEqualTo(pending.handedOut().get());
    }

    @Test
    void anErrorIsRecordedWithItsErrorType() throws Exception {
        PendingInvocation pending = handOut();

        HttpResponse<String> posted = post("invocation/" + id(pending) + "/error",
                "{\"errorMessage\":\"boom\",\"errorType\":\"java.lang.IllegalStateException\"}",
                Optional.of("Runtime.UserException"));

        assertThat(posted.statusCode()).isEqualTo(202);
        RuntimeAnswer answer = pending.answer().get(5, TimeUnit.SECONDS);
        assertThat(answer.kind()).isEqualTo(RuntimeAnswer.Kind.ERROR);
        assertThat(answer.errorType()).contains("Runtime.UserException");
        assertThat(answer.bodyText()).contains("boom");
    }

    @Test
    void anUnknownRequestIdIsABadRequest() throws Exception {
        handOut();

        HttpResponse<String> posted = post("invocation/not-the-current-one/response", "{}", Optional.empty());

        assertThat(posted.statusCode()).isEqualTo(400);
        assertError(posted, "InvalidRequestID", "Invalid request ID");
    }

    @Test
    void aSecondAnswerForTheSameInvocationIsForbidden() throws Exception {
        PendingInvocation pending = handOut();
        post("invocation/" + id(pending) + "/response", "1", Optional.empty());

        HttpResponse<String> again = post("invocation/" + id(pending) + "/response", "2", Optional.empty());
        HttpResponse<String> error = post("invocation/" + id(pending) + "/error", "{}", Optional.empty());

        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(error.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(again.body()).path("errorType").asText()).isEqualTo("InvalidStateTransition");
        assertThat(pending.answer().get().bodyText()).isEqualTo("1");
    }

    @Test
    void aResponseOverSixMebibytesIsTooLargeAndEndsTheInvocationWithAnError() throws Exception {
        PendingInvocation pending = handOut();
        String tooLarge = "x".repeat(RuntimeApiServer.MAX_RESPONSE_BYTES + 1);

        HttpResponse<String> posted = post("invocation/" + id(pending) + "/response", tooLarge, Optional.empty());

        assertThat(posted.statusCode()).isEqualTo(413);
        assertError(posted, "RequestEntityTooLarge", "Exceeded maximum allowed payload size (6291556 bytes).");
        RuntimeAnswer answer = pending.answer().get(5, TimeUnit.SECONDS);
        assertThat(answer.kind()).isEqualTo(RuntimeAnswer.Kind.ERROR);
        assertThat(answer.errorType()).contains("Function.ResponseSizeTooLarge");
    }

    @Test
    void aResponseOfExactlyTheQuotaIsAccepted() throws Exception {
        PendingInvocation pending = handOut();

        HttpResponse<String> posted = post("invocation/" + id(pending) + "/response",
                "x".repeat(RuntimeApiServer.MAX_RESPONSE_BYTES), Optional.empty());

        assertThat(posted.statusCode()).isEqualTo(202);
        assertThat(pending.answer().get().body()).hasSize(RuntimeApiServer.MAX_RESPONSE_BYTES);
    }

    @Test
    void askingForTheNextEventBeforeAnsweringTheCurrentOneIsForbidden() throws Exception {
        handOut();

        HttpResponse<String> response = next().get(5, TimeUnit.SECONDS);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).path("errorType").asText()).isEqualTo("InvalidStateTransition");
    }

    @Test
    void anInitErrorIsAcceptedOnceAndRecorded() throws Exception {
        HttpResponse<String> posted = post("init/error", "{\"errorMessage\":\"no\"}",
                Optional.of("Runtime.BadFunctionCode"));
        HttpResponse<String> again = post("init/error", "{}", Optional.empty());

        assertThat(posted.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(403);
        InitError initError = api.initError().get(5, TimeUnit.SECONDS);
        assertThat(initError.errorType()).contains("Runtime.BadFunctionCode");
        assertThat(initError.bodyText()).isEqualTo("{\"errorMessage\":\"no\"}");
        assertThat(api.firstPoll()).isNotDone();
    }

    @Test
    void otherPathsAreNotFound() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("restore/next")).timeout(WAIT).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private PendingInvocation handOut() throws Exception {
        CompletableFuture<HttpResponse<String>> poll = next();
        PendingInvocation pending = api.submit(Invocation.of(bytes("{}"), Instant.now().plusSeconds(3), ARN));
        assertThat(poll.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        return pending;
    }

    private CompletableFuture<HttpResponse<String>> next() {
        return client.sendAsync(HttpRequest.newBuilder(uri("invocation/next")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, Optional<String> errorType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(WAIT)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        errorType.ifPresent(type -> request.header("Lambda-Runtime-Function-Error-Type", type));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://" + api.address() + "/2018-06-01/runtime/" + path);
    }

    private static String id(PendingInvocation pending) {
        return pending.invocation().requestId();
    }

    private static void assertError(HttpResponse<String> response, String errorType, String message)
            throws IOException {
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("errorType").asText()).isEqualTo(errorType);
        assertThat(body.path("errorMessage").asText()).isEqualTo(message);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
