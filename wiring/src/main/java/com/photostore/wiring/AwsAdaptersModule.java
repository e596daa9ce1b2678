package com.photostore.wiring;

import com.photostore.adapters.aws.dynamodb.DynamoDbPhotoCatalog;
import com.photostore.adapters.aws.elasticache.ElastiCacheEndpoint;
import com.photostore.adapters.aws.rds.RdsDataSourceFactory;
import com.photostore.adapters.aws.s3.S3ObjectStorage;
import com.photostore.adapters.aws.secretsmanager.SecretsManagerSecrets;
import com.photostore.adapters.aws.sqs.SqsUploadQueue;
import com.photostore.adapters.aws.ssm.SsmSettings;
import com.photostore.adapters.aws.support.DeploymentValues;
import com.photostore.adapters.common.postgres.JooqUserRepository;
import com.photostore.adapters.common.postgres.PostgresConnectionSettings;
import com.photostore.adapters.common.postgres.PostgresDsl;
import com.photostore.adapters.common.postgres.PostgresPool;
import com.photostore.adapters.common.redis.LettuceSessionStore;
import com.photostore.adapters.common.redis.RedisGateway;
import com.photostore.adapters.common.redis.RedisLoginRateLimiter;
import com.photostore.port.out.LoginRateLimiter;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.SessionStore;
import com.photostore.port.out.Settings;
import com.photostore.port.out.UploadQueue;
import com.photostore.port.out.UserRepository;
import com.zaxxer.hikari.HikariDataSource;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The out ports over the deployment's AWS resources: DynamoDB catalogue, S3 storage, SQS queue, Secrets Manager
 * key rings, SSM settings, the RDS accounts database and the ElastiCache sessions; each opened only when a
 * component's entry points reach it, and registered with {@link Backends}.
 */
@Module(includes = AwsClientsModule.class)
public final class AwsAdaptersModule {
    private AwsAdaptersModule() {
    }

    @Provides
    @Singleton
    static PhotoCatalog catalog(DynamoDbClient client, AwsDeployment aws) {
        return new DynamoDbPhotoCatalog(client, aws.table());
    }

    @Provides
    @Singleton
    static ObjectStorage storage(AwsDeployment aws, Backends backends) {
        S3ObjectStorage storage = S3ObjectStorage.create(aws.clientSettings(AwsService.S3), aws.bucket());
        return backends.add("S3", storage, storage::isReachable);
    }

    @Provides
    @Singleton
    static UploadQueue queue(AwsDeployment aws, Backends backends) {
        SqsUploadQueue queue = SqsUploadQueue.create(aws.clientSettings(AwsService.SQS), aws.queueUrl());
        return backends.add("SQS", queue, () -> queue.approximateDepth() >= 0);
    }

    @Provides
    @Singleton
    static Secrets secrets(SecretsManagerClient client, AwsDeployment aws) {
        return new SecretsManagerSecrets(client, aws.keyRingSecrets());
    }

    @Provides
    @Singleton
    static Settings settings(SsmClient client, AwsDeployment aws) {
        return new SsmSettings(client, aws.settingsPrefix());
    }

    @Provides
    @Singleton
    static HikariDataSource accountsDatabase(DeploymentValues values, AwsDeployment aws, Backends backends) {
        HikariDataSource pool = new RdsDataSourceFactory(values).open(aws.rdsDatabase(),
                (url, user, password) -> PostgresPool.open(PostgresConnectionSettings.of(url, user, password)));
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
    static RedisGateway redis(AwsDeployment aws, DeploymentValues values, Backends backends) {
        String uri = aws.redisUrl().orElseGet(() -> new ElastiCacheEndpoint(values).redisUri(aws.elastiCache()));
        return SharedBackends.redis(uri, backends);
    }

    @Provides
    @Singleton
    static SessionStore sessions(RedisGateway redis) {
        return new LettuceSessionStore(redis, SharedBackends.REDIS_PREFIX);
    }

    @Provides
    @Singleton
    static LoginRateLimiter rateLimiter(RedisGateway redis) {
        return new RedisLoginRateLimiter(redis, SharedBackends.REDIS_PREFIX);
    }
}
