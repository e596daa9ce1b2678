package com.photostore.adapters.aws.dynamodb;

import com.photostore.adapters.aws.support.AwsServiceFailures;
import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.session.SessionId;
import com.photostore.port.out.Clock;
import com.photostore.port.out.RevokedSessions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Revoked sessions in a DynamoDB table ({@link RevocationTableSchema}), written in batches and read with strongly
 * consistent reads; each answer is remembered for a moment ({@link RevocationAnswers}) so that a burst of requests
 * through one session costs one read, and a revocation is still seen within a second.
 */
public final class DynamoDbRevokedSessions implements RevokedSessions {
    private static final int BATCH = 25;
    private static final int WRITE_ATTEMPTS = 5;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(50);

    private final DynamoDbClient client;
    private final String tableName;
    private final Clock clock;
    private final RevocationAnswers answers;

    public DynamoDbRevokedSessions(DynamoDbClient client, String tableName, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.answers = new RevocationAnswers(clock);
    }

    @Override
    public void revoke(Collection<SessionId> sessions, Instant until) {
        Objects.requireNonNull(until, "until");
        List<SessionId> distinct = List.copyOf(new LinkedHashSet<>(sessions));
        for (int from = 0; from < distinct.size(); from += BATCH) {
            List<SessionId> batch = distinct.subList(from, Math.min(distinct.size(), from + BATCH));
            write(batch.stream().map(id -> put(id, until)).toList());
            batch.forEach(id -> answers.remember(id, RevocationAnswer.revokedUntil(until)));
        }
    }

    @Override
    public boolean isRevoked(SessionId session) {
        Objects.requireNonNull(session, "session");
        RevocationAnswer answer = answers.find(session).orElseGet(() -> answers.remember(session, read(session)));
        return answer.revokedAt(clock.now());
    }

    private RevocationAnswer read(SessionId session) {
        GetItemResponse response = call("reading the revocation of a session", () -> client.getItem(r -> r
                .tableName(tableName)
                .key(Map.of(RevocationTableSchema.PARTITION_KEY, AttributeValue.fromS(session.value())))
                .projectionExpression(RevocationTableSchema.EXPIRES_AT)
                .consistentRead(true)));
        AttributeValue expiresAt = response.hasItem() ? response.item().get(RevocationTableSchema.EXPIRES_AT) : null;
        return expiresAt == null || expiresAt.n() == null
                ? RevocationAnswer.NOT_REVOKED
                : RevocationAnswer.revokedUntil(Instant.ofEpochSecond(Long.parseLong(expiresAt.n())));
    }

    private WriteRequest put(SessionId session, Instant until) {
        long seconds = until.getEpochSecond() + (until.getNano() > 0 ? 1 : 0);
        return WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
                RevocationTableSchema.PARTITION_KEY, AttributeValue.fromS(session.value()),
                RevocationTableSchema.EXPIRES_AT, AttributeValue.fromN(Long.toString(seconds)))).build()).build();
    }

    private void write(List<WriteRequest> requests) {
        List<WriteRequest> pending = new ArrayList<>(requests);
        for (int attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
            List<WriteRequest> batch = List.copyOf(pending);
            BatchWriteItemResponse response = call("revoking sessions",
                    () -> client.batchWriteItem(r -> r.requestItems(Map.of(tableName, batch))));
            pending = new ArrayList<>(response.unprocessedItems().getOrDefault(tableName, List.of()));
            if (pending.isEmpty()) {
                return;
            }
            pause(attempt);
        }
        throw new UnavailableException("DynamoDB left " + pending.size() + " revocations unwritten; try again",
                Duration.ofSeconds(1), null);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis() * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while revoking sessions", e);
        }
    }

    private static <T> T call(String operation, Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException e) {
            throw AwsServiceFailures.translate(operation, e);
        }
    }
}
