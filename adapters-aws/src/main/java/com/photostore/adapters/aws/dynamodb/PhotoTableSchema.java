package com.photostore.adapters.aws.dynamodb;

import com.photostore.domain.query.PhotoSort;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;

/**
 * The photo table as {@code dynamodb/photos-table.json} defines it (the shape of CloudFormation's
 * {@code AWS::DynamoDB::Table} properties), and the names of its keys and indexes the catalogue uses.
 */
public final class PhotoTableSchema {
    public static final String RESOURCE = "/dynamodb/photos-table.json";
    public static final String PARTITION_KEY = "pk";
    public static final String SORT_KEY = "sk";
    public static final String PENDING_INDEX = "byPendingUntil";
    public static final String PENDING_PARTITION = "pendingShard";
    public static final String PENDING_SORT = "pendingKey";

    private PhotoTableSchema() {
    }

    /** The index listing photos in the order of a sort key. */
    public static String indexOf(PhotoSort sort) {
        return switch (sort) {
            case UPLOADED_AT -> "byUploadedAt";
            case TAKEN_AT -> "byTakenAt";
            case NAME -> "byName";
            case SIZE -> "bySize";
        };
    }

    /** The attribute holding the sort key of that index. */
    public static String sortAttributeOf(PhotoSort sort) {
        return switch (sort) {
            case UPLOADED_AT -> "uploadedKey";
            case TAKEN_AT -> "takenKey";
            case NAME -> "nameKey";
            case SIZE -> "sizeKey";
        };
    }

    /** The request creating the table under a name. */
    public static CreateTableRequest createTableRequest(String tableName) {
        Map<String, JsonNode> table = definition();
        return CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(list(table, "AttributeDefinitions").stream()
                        .map(d -> AttributeDefinition.builder().attributeName(text(d, "AttributeName"))
                                .attributeType(text(d, "AttributeType")).build())
                        .toList())
                .keySchema(keySchema(table))
                .localSecondaryIndexes(list(table, "LocalSecondaryIndexes").stream()
                        .map(i -> LocalSecondaryIndex.builder().indexName(text(i, "IndexName"))
                                .keySchema(keySchema(i.asObject())).projection(projection(i)).build())
                        .toList())
                .globalSecondaryIndexes(list(table, "GlobalSecondaryIndexes").stream()
                        .map(i -> GlobalSecondaryIndex.builder().indexName(text(i, "IndexName"))
                                .keySchema(keySchema(i.asObject())).projection(projection(i)).build())
                        .toList())
                .billingMode(BillingMode.fromValue(table.get("BillingMode").asString()))
                .build();
    }

    /** The table definition as written in the resource. */
    static Map<String, JsonNode> definition() {
        try (InputStream in = PhotoTableSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return JsonNode.parser().parse(in).asObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<KeySchemaElement> keySchema(Map<String, JsonNode> owner) {
        return list(owner, "KeySchema").stream()
                .map(k -> KeySchemaElement.builder().attributeName(text(k, "AttributeName"))
                        .keyType(text(k, "KeyType")).build())
                .toList();
    }

    private static Projection projection(JsonNode index) {
        return Projection.builder()
                .projectionType(text(index.asObject().get("Projection"), "ProjectionType"))
                .build();
    }

    private static List<JsonNode> list(Map<String, JsonNode> object, String field) {
        JsonNode node = object.get(field);
        return node == null ? List.of() : node.asArray();
    }

    private static String text(JsonNode object, String field) {
        return object.asObject().get(field).asString();
    }
}
