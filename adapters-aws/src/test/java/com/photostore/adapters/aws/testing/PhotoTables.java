package com.photostore.adapters.aws.testing;

import com.photostore.adapters.aws.dynamodb.PhotoTableSchema;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Creates photo tables with fresh names from the one table definition, and waits until they are usable. */
public final class PhotoTables {

    private PhotoTables() {
    }

    /** A new, active photo table; returns its name. */
    public static String create(DynamoDbClient client) {
        String name = "photos-" + UUID.randomUUID();
        client.createTable(PhotoTableSchema.createTableRequest(name));
        client.waiter().waitUntilTableExists(r -> r.tableName(name));
        return name;
    }
}
