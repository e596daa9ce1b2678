package com.photostore.lambda.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Lambda's reading of a function's {@code ReportBatchItemFailures} response: an empty or null response or list is a
 * complete success; invalid JSON, or an {@code itemIdentifier} that is null, empty, under another key or not a message
 * id of the batch, is a complete failure; otherwise every message not listed succeeded.
 */
final class BatchItemFailures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchItemFailures() {
    }

    static BatchVerdict judge(byte[] response, Set<String> batch) {
        JsonNode answer;
        try {
            answer = response.length == 0 ? null : JSON.readTree(response);
        } catch (IOException e) {
            return BatchVerdict.batchFailed("the response is not valid JSON");
        }
        if (answer == null || answer.isNull() || answer.isEmpty() && answer.isObject()) {
            return BatchVerdict.allSucceeded(batch);
        }
        if (!answer.isObject()) {
            return BatchVerdict.batchFailed("the response is not a batch response object");
        }
        JsonNode failures = answer.get("batchItemFailures");
        if (failures == null || failures.isNull()) {
            return BatchVerdict.allSucceeded(batch);
        }
        if (!failures.isArray()) {
            return BatchVerdict.batchFailed("batchItemFailures is not a list");
        }
        Set<String> failed = new HashSet<>();
        for (JsonNode failure : failures) {
            JsonNode identifier = failure.get("itemIdentifier");
            if (identifier == null || identifier.isNull()) {
                return BatchVerdict.batchFailed("an itemIdentifier is null or missing");
            }
            if (!identifier.isTextual() || identifier.asText().isEmpty()) {
                return BatchVerdict.batchFailed("an itemIdentifier is empty");
            }
            if (!batch.contains(identifier.asText())) {
                return BatchVerdict.batchFailed("itemIdentifier " + identifier.asText() + " is not in the batch");
            }
            failed.add(identifier.asText());
        }
        Set<String> succeeded = new HashSet<>(batch);
        succeeded.removeAll(failed);
        return new BatchVerdict(succeeded, Optional.empty());
    }
}
