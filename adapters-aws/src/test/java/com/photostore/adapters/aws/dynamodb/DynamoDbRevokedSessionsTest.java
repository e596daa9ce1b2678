package com.photostore.adapters.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.photostore.adapters.aws.testing.DynaliteServer;
import com.photostore.adapters.aws.testing.RevocationTables;
import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.session.SessionId;
import com.photostore.port.out.contract.Fresh;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Revocations written by one function reach another that remembered "not revoked" within a second, records carry
 * the table's time-to-live attribute in Unix seconds, and a stopped server fails fast.
 */
class DynamoDbRevokedSessionsTest {

    @Test
    void aReaderThatRememberedNotRevokedSeesAnotherWritersRevocationWithinOneSecond() {
        DynamoDbClient client = DynaliteServer.shared().client();
        String table = RevocationTables.create(client);
        DynamoDbRevokedSessions photos = new DynamoDbRevokedSessions(client, table, Instant::now);
        DynamoDbRevokedSessions authToken = new DynamoDbRevokedSessions(client, table, Instant::now);
        SessionId session = Fresh.sessionId();
        assertThat(photos.isRevoked(session)).isFalse();

        authToken.revoke(List.of(session), Instant.now().plus(Duration.ofMinutes(16)));
        long revokedAt = System.nanoTime();

        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(() -> photos.isRevoked(session));
        assertThat(Duration.ofNanos(System.nanoTime() - revokedAt)).isLessThan(Duration.ofSeconds(1));
        assertThat(authToken.isRevoked(session)).as("the writer knows at once").isTrue();
    }

    @Test
    void theRecordExpiresByTheTablesTimeToLiveAttributeInUnixSeconds() {
        DynamoDbClient client = DynaliteServer.shared().client();
        String table = RevocationTables.create(client);
        SessionId session = Fresh.sessionId();
        Instant until = Instant.parse("2030-01-01T00:15:00.250Z");

        new DynamoDbRevokedSessions(client, table, Instant::now).revoke(List.of(session), until);

        Map<String, AttributeValue> item = client.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of(RevocationTableSchema.PARTITION_KEY, AttributeValue.fromS(session.value())))).item();
        assertThat(item.get(RevocationTableSchema.EXPIRES_AT).n()).isEqualTo(Long.toString(until.getEpochSecond() + 1));
    }

    @Test
    void aStoppedServerMakesBothCallsUnavailable() {
        DynamoDbRevokedSessions revoked;
        try (DynaliteServer server = DynaliteServer.start()) {
            DynamoDbClient client = server.client();
            revoked = new DynamoDbRevokedSessions(client, RevocationTables.create(client), Instant::now);
        }
        DynamoDbRevokedSessions stopped = revoked;

        assertThatThrownBy(() -> stopped.isRevoked(Fresh.sessionId())).isInstanceOf(UnavailableException.class);
        assertThatThrownBy(() -> stopped.revoke(List.of(Fresh.sessionId()), Instant.now().plusSeconds(60)))
                .isInstanceOf(UnavailableException.class);
    }
}
