package com.photostore.server.wiring;

import com.photostore.adapters.aws.dynamodb.DynamoDbPhotoCatalog;
import com.photostore.adapters.aws.rds.RdsDataSourceFactory;
import com.photostore.adapters.aws.rds.RdsDatabaseSettings;
import com.photostore.adapters.aws.s3.S3ObjectStorage;
import com.photostore.adapters.aws.secretsmanager.SecretsManagerSecrets;
import com.photostore.adapters.aws.sqs.SqsUploadQueue;
import com.photostore.adapters.aws.ssm.SsmSettings;
import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.common.postgres.JooqUserRepository;
import com.photostore.adapters.common.postgres.PostgresConnectionSettings;
import com.photostore.adapters.common.postgres.PostgresDsl;
import com.photostore.adapters.common.postgres.PostgresPool;
import com.photostore.adapters.common.redis.RedisGateway;
import com.photostore.adapters.common.redis.RedisLoginRateLimiter;
import com.photostore.adapters.common.redis.RedisSessionStore;
import com.photostore.adapters.local.config.LocalStackConfig;
import com.photostore.port.out.LoginRateLimiter;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.SessionStore;
import com.photostore.port.out.Settings;
import com.photostore.port.out.UploadQueue;
import com.photostore.port.out.UserRepository;
import com.photostore.server.backend.Backends;
import com.photostore.server.config.Environment;
import com.photostore.server.config.ObjectStoreOrigin;
import com.photostore.server.ingest.Reconciliation;
import com.zaxxer.hikari.HikariDataSource;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Profile {@code aws}: the server on EC2 or ECS over the deployment's AWS resources, named by environment
 * variables ({@code AWS_REGION}, {@code PHOTOSTORE_BUCKET}, {@code PHOTOSTORE_TABLE}, {@code PHOTOSTORE_QUEUE_URL},
 * {@code PHOTOSTORE_ACCESS_TOKEN_SECRET_ID}, {@code PHOTOSTORE_CURSOR_SECRET_ID}, {@code PHOTOSTORE_SSM_PREFIX},
 * {@code REDIS_URL}, and {@code PHOTOSTORE_RDS_SECRET_ID} or {@code DATABASE_URL}). S3 delivers its events to
 * SQS durably, so this profile runs no reconciliation pass.
 */
@Module
public final class AwsBackendsModule {
    private static final String REDIS_PREFIX = "photostore:";

    private AwsBackendsModule() {
    }

    @Provides
    @Singleton
    static AwsClientSettings aws(Environment environment) {
        return AwsClientSettings.forRegion(Region.of(environment.require("AWS_REGION", "the region of the resources")));
    }

    @Provides
    @Singleton
    static ObjectStoreOrigin objectStoreOrigin() {
        return new ObjectStoreOrigin("https://*.amazonaws.com");
    }

    @Provides
    @Singleton
    static Optional<Reconciliation> reconciliation() {
        return Optional.empty();
    }

    @Provides
    @Singleton
    static HikariDataSource database(Environment environment, AwsClientSettings aws, Backends backends) {
        HikariDataSource pool = LocalStackConfig.fromEnvironment(environment.variables()).database()
                .map(endpoint -> PostgresPool.open(PostgresConnectionSettings.of(endpoint.jdbcUrl(), endpoint.user(),
                        endpoint.password())))
                .orElseGet(() -> RdsDataSourceFactory.create(aws).open(RdsDatabaseSettings.ofSecret(
                        environment.require("PHOTOSTORE_RDS_SECRET_ID", "the RDS secret of the users database")),
                        (url, user, password) -> PostgresPool.open(PostgresConnectionSettings.of(url, user, password))));
        SharedBackends.database(pool, backends);
        return pool;
    }

    @Provides
    @Singleton
    static UserRepository users(HikariDataSource database) {
        return new JooqUserRepository(PostgresDsl.create(database, PostgresConnectionSettings.DEFAULT_STATEMENT_TIMEOUT));
    }

    @Provides
    @Singleton
    static PhotoCatalog catalog(Environment environment, AwsClientSettings aws, Backends backends) {
        String table = environment.require("PHOTOSTORE_TABLE", "the DynamoDB photo table");
        DynamoDbClient client = AwsClients.build(DynamoDbClient.builder(), aws);
        backends.add("DynamoDB", client, () -> client.describeTable(b -> b.tableName(table)).table() != null);
        return new DynamoDbPhotoCatalog(client, table);
    }

    @Provides
    @Singleton
    static ObjectStorage storage(Environment environment, AwsClientSettings aws, Backends backends) {
        S3ObjectStorage storage = S3ObjectStorage.create(aws, environment.require("PHOTOSTORE_BUCKET",
                "the bucket of originals and thumbnails"));
        backends.add("S3", () -> { }, storage::isReachable);
        return storage;
    }

    @Provides
    @Singleton
    static UploadQueue queue(Environment environment, AwsClientSettings aws, Backends backends) {
        SqsUploadQueue queue = SqsUploadQueue.create(aws, environment.require("PHOTOSTORE_QUEUE_URL",
                "the SQS queue of upload events"));
        backends.add("SQS", queue, () -> queue.approximateDepth() >= 0);
        return queue;
    }

    @Provides
    @Singleton
    static RedisGateway redis(Environment environment, Backends backends) {
        return SharedBackends.redis(environment.require("REDIS_URL",
                "the Redis (ElastiCache) of sessions and rate limits"), backends);
    }

    @Provides
    @Singleton
    static SessionStore sessions(RedisGateway redis) {
        return new RedisSessionStore(redis, REDIS_PREFIX);
    }

    @Provides
    @Singleton
    static LoginRateLimiter rateLimiter(RedisGateway redis) {
        return new RedisLoginRateLimiter(redis, REDIS_PREFIX);
    }

    @Provides
    @Singleton
    static Secrets secrets(Environment environment, AwsClientSettings aws) {
        return SecretsManagerSecrets.create(aws, Map.of(
                SecretName.ACCESS_TOKEN_KEYS, environment.require("PHOTOSTORE_ACCESS_TOKEN_SECRET_ID",
                        "the secret of the access-token keys"),
                SecretName.CURSOR_KEYS, environment.require("PHOTOSTORE_CURSOR_SECRET_ID",
                        "the secret of the cursor keys")));
    }

    @Provides
    @Singleton
    static Settings settings(Environment environment, AwsClientSettings aws) {
        return SsmSettings.create(aws, environment.find("PHOTOSTORE_SSM_PREFIX").orElse("/photostore"));
    }
}
