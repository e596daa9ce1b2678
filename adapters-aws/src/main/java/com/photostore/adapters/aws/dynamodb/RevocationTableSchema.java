package com.photostore.adapters.aws.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The table of revoked sessions: one item per session keyed by its id, with the Unix second after which no access
 * token of it can still be valid, which is also the table's time-to-live attribute.
 */
public final class RevocationTableSchema {
    public static final String PARTITION_KEY = "sessionId";
    public static final String EXPIRES_AT = "expiresAt";

    private RevocationTableSchema() {
    }

    /** The request creating the table under a name (the templates declare the same keys and time to live). */
    public static CreateTableRequest createTableRequest(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(AttributeDefinition.builder().attributeName(PARTITION_KEY)
                        .attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName(PARTITION_KEY).keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }
}
