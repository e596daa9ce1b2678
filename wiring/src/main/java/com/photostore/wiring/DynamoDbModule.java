package com.photostore.wiring;

import com.photostore.adapters.aws.dynamodb.DynamoDbPhotoCatalog;
import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.port.out.PhotoCatalog;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The photo catalogue in DynamoDB, over one client. */
@Module(includes = AwsDeploymentModule.class)
public final class DynamoDbModule {

    private DynamoDbModule() {
    }

    @Provides
    @Singleton
    static DynamoDbClient dynamoDb(AwsDeployment aws, Backends backends) {
        DynamoDbClient client = AwsClients.build(DynamoDbClient.builder(), aws.clientSettings(AwsService.DYNAMODB));
        String table = aws.table();
        return backends.add("DynamoDB", client, () -> client.describeTable(b -> b.tableName(table)).table() != null);
    }

    @Provides
    @Singleton
    static PhotoCatalog catalog(DynamoDbClient client, AwsDeployment aws) {
        return new DynamoDbPhotoCatalog(client, aws.table());
    }
}
