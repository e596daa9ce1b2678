package com.photostore.wiring;

import com.photostore.adapters.aws.dynamodb.DynamoDbPhotoCatalog;
import com.photostore.adapters.aws.dynamodb.DynamoDbRevokedSessions;
import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.RevokedSessions;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The photo catalogue and the revoked sessions in DynamoDB, over one client. */
@Module(includes = AwsDeploymentModule.class)
public final class DynamoDbModule {

    private DynamoDbModule() {
    }

    @Provides
    @Singleton
    static DynamoDbClient dynamoDb(AwsDeployment aws, Backends backends) {
        DynamoDbClient client = AwsClients.build(DynamoDbClient.builder(), aws.clientSettings(AwsService.DYNAMODB));
        return backends.add("DynamoDB", client, () -> client.describeTable(b -> b.tableName(aws.table())).table() != null);
    }

    @Provides
    @Singleton
    static PhotoCatalog catalog(DynamoDbClient client, AwsDeployment aws) {
        return new DynamoDbPhotoCatalog(client, aws.table());
    }

    @Provides
    @Singleton
    static RevokedSessions revokedSessions(DynamoDbClient client, AwsDeployment aws) {
        return new DynamoDbRevokedSessions(client, aws.revocationsTable(), Instant::now);
    }
}
