package com.photostore.adapters.aws.dynamodb;

import com.photostore.domain.error.UnavailableException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The photo table's calls: conditional single-item writes that report whether their condition held,
 * consistent reads, batches, and queries; every failure to reach the service becomes an
 * {@link UnavailableException}.
 */
final class CatalogTable {
    private static final int BATCH_WRITE = 25;
    private static final int BATCH_GET = 100;
    private static final int BATCH_ROUNDS = 20;

    private final DynamoDbClient client;
    private final String tableName;

    CatalogTable(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    String tableName() {
        return tableName;
    }

    Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        GetItemResponse response = call(() -> client.getItem(r -> r.tableName(tableName).key(key).consistentRead(true)));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    /** Writes the item if the condition holds (no condition when {@code null}); returns whether it held. */
    boolean put(Map<String, AttributeValue> item, Condition condition) {
        try {
            call(() -> client.putItem(r -> {
                r.tableName(tableName).item(item);
                if (condition != null) {
                    r.conditionExpression(condition.expression()).expressionAttributeNames(condition.names());
                    if (!condition.values().isEmpty()) {
                        r.expressionAttributeValues(condition.values());
                    }
                }
            }));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Deletes the item if the condition holds; returns whether it held. */
    boolean delete(Map<String, AttributeValue> key, Condition condition) {
        try {
            call(() -> client.deleteItem(r -> {
                r.tableName(tableName).key(key).conditionExpression(condition.expression())
                        .expressionAttributeNames(condition.names());
                if (!condition.values().isEmpty()) {
                    r.expressionAttributeValues(condition.values());
                }
            }));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Deletes the item and returns it as it was. */
    Optional<Map<String, AttributeValue>> remove(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> old = call(() -> client.deleteItem(r -> r.tableName(tableName).key(key)
                .returnValues(ReturnValue.ALL_OLD))).attributes();
        return old == null || old.isEmpty() ? Optional.empty() : Optional.of(old);
    }

    QueryResponse query(QueryRequest.Builder request) {
        return call(() -> client.query(request.tableName(tableName).build()));
    }

    /** Puts and deletes items in batches, until every request is processed. */
    void write(List<Map<String, AttributeValue>> puts, List<Map<String, AttributeValue>> deleteKeys) {
        List<WriteRequest> requests = new ArrayList<>();
        puts.forEach(item -> requests.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build()));
        deleteKeys.forEach(key -> requests.add(WriteRequest.builder()
                .deleteRequest(DeleteRequest.builder().key(key).build()).build()));
        for (int from = 0; from < requests.size(); from += BATCH_WRITE) {
            List<WriteRequest> batch = requests.subList(from, Math.min(requests.size(), from + BATCH_WRITE));
            for (int round = 0; !batch.isEmpty(); round++) {
                if (round == BATCH_ROUNDS) {
                    throw new UnavailableException("the photo catalogue keeps refusing a batch", null);
                }
                List<WriteRequest> pending = batch;
                BatchWriteItemResponse response = call(() -> client.batchWriteItem(r -> r
                        .requestItems(Map.of(tableName, pending))));
                batch = response.unprocessedItems().getOrDefault(tableName, List.of());
            }
        }
    }

    /** The items with these keys that exist, read consistently. */
    List<Map<String, AttributeValue>> getAll(List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += BATCH_GET) {
            List<Map<String, AttributeValue>> batch = keys.subList(from, Math.min(keys.size(), from + BATCH_GET));
            for (int round = 0; !batch.isEmpty(); round++) {
                if (round == BATCH_ROUNDS) {
                    throw new UnavailableException("the photo catalogue keeps refusing a batch", null);
                }
                Map<String, KeysAndAttributes> request = new HashMap<>();
                request.put(tableName, KeysAndAttributes.builder().keys(batch).consistentRead(true).build());
                BatchGetItemResponse response = call(() -> client.batchGetItem(r -> r.requestItems(request)));
                found.addAll(response.responses().getOrDefault(tableName, List.of()));
                KeysAndAttributes left = response.unprocessedKeys().get(tableName);
                batch = left == null ? List.of() : left.keys();
            }
        }
        return found;
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ConditionalCheckFailedException e) {
            throw e;
        } catch (AwsServiceException e) {
            if (e.isThrottlingException() || e.statusCode() >= 500) {
                throw new UnavailableException("the photo catalogue is unavailable", e);
            }
            throw new IllegalStateException("the photo catalogue refused a request: "
                    + e.awsErrorDetails().errorCode(), e);
        } catch (SdkException e) {
            throw new UnavailableException("the photo catalogue did not answer", e);
        }
    }
}
