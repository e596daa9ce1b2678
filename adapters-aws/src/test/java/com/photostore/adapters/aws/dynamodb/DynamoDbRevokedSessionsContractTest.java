package com.photostore.adapters.aws.dynamodb;

import com.photostore.adapters.aws.testing.DynaliteServer;
import com.photostore.adapters.aws.testing.RevocationTables;
import com.photostore.port.out.RevokedSessions;
import com.photostore.port.out.contract.RevokedSessionsContractTest;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The revoked-sessions contract against DynamoDB (dynalite), each test with a fresh reader over one shared table. */
class DynamoDbRevokedSessionsContractTest extends RevokedSessionsContractTest {
    private static String table;

    @Override
    protected RevokedSessions revokedSessions() {
        DynamoDbClient client = DynaliteServer.shared().client();
        synchronized (DynamoDbRevokedSessionsContractTest.class) {
            if (table == null) {
                table = RevocationTables.create(client);
            }
        }
        return new DynamoDbRevokedSessions(client, table, Instant::now);
    }
}
