package com.photostore.adapters.aws.testing;

import com.photostore.adapters.aws.dynamodb.RevocationTableSchema;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Creates revocation tables with fresh names from the one table definition, and waits until they are usable. */
public final class RevocationTables {

    private RevocationTables() {
    }

    /** A new, active revocation table; returns its name. */
    public static String create(DynamoDbClient client) {
        String name = "revocations-" + UUID.randomUUID();
        client.createTable(RevocationTableSchema.createTableRequest(name));
        client.waiter().waitUntilTableExists(r -> r.tableName(name));
        return name;
    }
}
