package com.photostore.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The success and failure conditions of "Reporting batch item failures" in the Lambda developer guide. */
class BatchItemFailuresTest {
    private static final Set<String> BATCH = Set.of("id1", "id2", "id3", "id4", "id5");

    @Test
    void theListedMessagesFailAndTheOthersSucceed() {
        BatchVerdict verdict = judge("{\"batchItemFailures\":[{\"itemIdentifier\":\"id2\"},{\"itemIdentifier\":\"id4\"}]}");

        assertThat(verdict.batchFailure()).isEmpty();
        assertThat(verdict.succeeded()).containsExactlyInAnyOrder("id1", "id3", "id5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"batchItemFailures\":[]}", "{\"batchItemFailures\":null}", "{}", "null", "",
            "{\"other\":1}"})
    void anEmptyOrNullResponseOrListIsACompleteSuccess(String response) {
        BatchVerdict verdict = judge(response);

        assertThat(verdict.batchFailure()).isEmpty();
        assertThat(verdict.succeeded()).isEqualTo(BATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"batchItemFailures\":[",
            "{\"batchItemFailures\":[{\"itemIdentifier\":\"\"}]}",
            "{\"batchItemFailures\":[{\"itemIdentifier\":null}]}",
            "{\"batchItemFailures\":[{\"itemId\":\"id1\"}]}",
            "{\"batchItemFailures\":[{\"itemIdentifier\":\"id1\"},{\"itemIdentifier\":\"id9\"}]}",
            "{\"batchItemFailures\":\"id1\"}",
            "[\"id1\"]"})
    void anInvalidResponseOrIdentifierIsACompleteFailure(String response) {
        BatchVerdict verdict = judge(response);

        assertThat(verdict.batchFailure()).isPresent();
        assertThat(verdict.succeeded()).isEmpty();
    }

    private static BatchVerdict judge(String response) {
        return BatchItemFailures.judge(response.getBytes(StandardCharsets.UTF_8), BATCH);
    }
}
