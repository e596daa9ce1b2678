package com.photostore.adapters.aws.dynamodb;

import com.photostore.adapters.aws.testing.DynaliteServer;
import com.photostore.adapters.aws.testing.PhotoTables;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.contract.PhotoCatalogContractTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The catalogue contract against DynamoDB (dynalite), all tests sharing one table. */
class DynamoDbPhotoCatalogContractTest extends PhotoCatalogContractTest {
    private static DynamoDbPhotoCatalog catalog;

    @Override
    protected PhotoCatalog catalog() {
        synchronized (DynamoDbPhotoCatalogContractTest.class) {
            if (catalog == null) {
                DynamoDbClient client = DynaliteServer.shared().client();
                catalog = new DynamoDbPhotoCatalog(client, PhotoTables.create(client));
            }
            return catalog;
        }
    }
}
