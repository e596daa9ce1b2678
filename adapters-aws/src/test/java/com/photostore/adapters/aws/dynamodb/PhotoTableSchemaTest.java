package com.photostore.adapters.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.aws.testing.DynaliteServer;
import com.photostore.adapters.aws.testing.PhotoTables;
import com.photostore.domain.query.PhotoSort;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** The table resource defines every key and index the catalogue queries, and a server creates it as defined. */
class PhotoTableSchemaTest {
    private final CreateTableRequest request = PhotoTableSchema.createTableRequest("photos");

    @Test
    void everySortKeyHasALocalIndexOnTheOwnersPartition() {
        for (PhotoSort sort : PhotoSort.values()) {
            assertThat(request.localSecondaryIndexes())
                    .filteredOn(index -> index.indexName().equals(PhotoTableSchema.indexOf(sort)))
                    .singleElement()
                    .extracting(LocalSecondaryIndex::keySchema)
                    .isEqualTo(keys(PhotoTableSchema.PARTITION_KEY, PhotoTableSchema.sortAttributeOf(sort)));
        }
        assertThat(request.keySchema()).isEqualTo(keys(PhotoTableSchema.PARTITION_KEY, PhotoTableSchema.SORT_KEY));
    }

    @Test
    void expiredUploadsHaveASparseGlobalIndex() {
        assertThat(request.globalSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo(PhotoTableSchema.PENDING_INDEX);
            assertThat(index.keySchema()).isEqualTo(keys(PhotoTableSchema.PENDING_PARTITION, PhotoTableSchema.PENDING_SORT));
        });
    }

    @Test
    void everyKeyAttributeIsDefinedAsAString() {
        assertThat(request.attributeDefinitions()).allSatisfy(d -> assertThat(d.attributeTypeAsString()).isEqualTo("S"))
                .extracting(d -> d.attributeName())
                .containsExactlyInAnyOrder("pk", "sk", "uploadedKey", "takenKey", "nameKey", "sizeKey",
                        PhotoTableSchema.PENDING_PARTITION, PhotoTableSchema.PENDING_SORT);
    }

    @Test
    void aServerCreatesTheTableAsDefined() {
        DynamoDbClient client = DynaliteServer.shared().client();
        String name = PhotoTables.create(client);

        TableDescription table = client.describeTable(r -> r.tableName(name)).table();

        assertThat(table.keySchema()).isEqualTo(request.keySchema());
        assertThat(table.localSecondaryIndexes()).extracting(i -> i.indexName())
                .containsExactlyInAnyOrderElementsOf(request.localSecondaryIndexes().stream()
                        .map(LocalSecondaryIndex::indexName).toList());
        assertThat(table.globalSecondaryIndexes()).extracting(i -> i.indexName())
                .containsExactly(PhotoTableSchema.PENDING_INDEX);
    }

    private static List<KeySchemaElement> keys(String partition, String sort) {
        return List.of(KeySchemaElement.builder().attributeName(partition).keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName(sort).keyType(KeyType.RANGE).build());
    }
}
