package com.photostore.lambda.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.adapters.aws.testing.AwsSampleEvents;
import com.photostore.lambda.LambdaFunction;
import com.photostore.lambda.runtime.InvocationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * AWS's published sample events and malformed ones, handed to every deployed function by the runtime client: each
 * gets an answer (a 400 or 404 problem, or a reported batch failure), never an error posted to the runtime.
 */
class SampleEventsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sample and malformed events, and the status an HTTP function answers each with. */
    private static final Map<String, Integer> HTTP_EVENTS = Map.of(
            AwsSampleEvents.read("apigw_http_event.json"), 404,
            AwsSampleEvents.read("sam_HttpApi.json"), 400,
            AwsSampleEvents.read("sqs_event.json"), 400,
            AwsSampleEvents.read("s3_event.json"), 400,
            "not json", 400,
            "[]", 400,
            "{\"requestContext\":{\"http\":{\"method\":\"GET\"}},\"rawPath\":\"/api/v1/photos\",\"headers\":[1]}", 400);

    @ParameterizedTest
    @EnumSource(value = LambdaFunction.class, names = "TRANSFER_PHOTOS", mode = EnumSource.Mode.EXCLUDE)
    void httpFunctionsAnswerEveryEventWithAProblem(LambdaFunction function) {
        HTTP_EVENTS.forEach((event, status) -> {
            InvocationResult result = invoke(function, event);
            JsonNode answer = json(result);
            assertThat(answer.get("statusCode").asInt()).as("%s answering %s", function, event).isEqualTo(status);
            assertThat(json(answer.get("body").asText()).get("type").asText()).startsWith("/problems/");
        });
    }

    @ParameterizedTest
    @EnumSource(value = LambdaFunction.class, names = "TRANSFER_PHOTOS")
    void transferPhotosReportsWhatItCannotUse(LambdaFunction function) {
        assertThat(failures(invoke(function, AwsSampleEvents.read("sqs_event.json"))))
                .containsExactly("d9144555-9a4f-4ec3-99a0-fc4e625a8db2");
        for (String event : List.of(AwsSampleEvents.read("s3_event.json"), AwsSampleEvents.read("apigw_http_event.json"),
                "not json", "[]")) {
            List<String> failures = failures(invoke(function, event));
            assertThat(failures).as(event).containsExactly("");
        }
    }

    private static InvocationResult invoke(LambdaFunction function, String event) {
        InvocationResult result = SharedDeployment.functions().process(function)
                .invoke(event.getBytes(StandardCharsets.UTF_8));
        assertThat(result.failed()).as("%s on %s: %s", function, event, result).isFalse();
        return result;
    }

    private static List<String> failures(InvocationResult result) {
        JsonNode failures = json(result).get("batchItemFailures");
        return failures == null ? List.of()
                : StreamSupport.stream(failures.spliterator(), false)
                        .map(failure -> failure.get("itemIdentifier").asText()).toList();
    }

    private static JsonNode json(InvocationResult result) {
        return json(result.payloadText());
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
