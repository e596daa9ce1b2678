package com.photostore.server.wiring;

import com.photostore.adapters.aws.dynamodb.DynamoDbPhotoCatalog;
import com.photostore.adapters.aws.dynamodb.PhotoTableSchema;
import com.photostore.adapters.aws.sqs.SqsUploadQueue;
import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.common.postgres.JooqPhotoCatalog;
import com.photostore.adapters.common.postgres.PostgresUserRepository;
import com.photostore.adapters.common.postgres.PostgresConnectionSettings;
import com.photostore.adapters.common.postgres.PostgresDsl;
import com.photostore.adapters.common.redis.RedisLoginRateLimiter;
import com.photostore.adapters.common.redis.RedisRevokedSessions;
import com.photostore.adapters.common.redis.RedisSessionStore;
import com.photostore.adapters.local.config.EnvironmentSettings;
import com.photostore.adapters.local.config.FileSecrets;
import com.photostore.adapters.local.config.LocalStackConfig;
import com.photostore.adapters.local.config.PhotostoreHome;
import com.photostore.adapters.local.support.LoopbackPort;
import com.photostore.application.service.SettingNames;
import com.photostore.port.in.IngestUploadedObjectUseCase;
import com.photostore.port.out.LoginRateLimiter;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.RevokedSessions;
import com.photostore.port.out.SessionStore;
import com.photostore.port.out.Settings;
import com.photostore.port.out.UploadQueue;
import com.photostore.port.out.UserRepository;
import com.photostore.wiring.Backends;
import com.photostore.wiring.Environment;
import com.photostore.wiring.SharedBackends;
import com.photostore.server.config.ObjectStoreOrigin;
import com.photostore.server.config.ServerOptions;
import com.photostore.server.ingest.Reconciliation;
import com.photostore.server.ingest.ReconciliationCheckpoint;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * Profile {@code local}: the offline stack under {@code PHOTOSTORE_HOME}, each part replaceable by an external
 * service through {@code DATABASE_URL}, {@code REDIS_URL}, {@code S3_ENDPOINT}, {@code SQS_ENDPOINT} and
 * {@code DYNAMODB_ENDPOINT}.
 */
@Module
public final class LocalBackendsModule {
    /** The DynamoDB table used when {@code DYNAMODB_ENDPOINT} is set (created if missing). */
    public static final String DYNAMODB_TABLE = "photostore-photos";
    /** The file under {@code PHOTOSTORE_HOME} that remembers the last complete reconciliation pass. */
    public static final String RECONCILIATION_CHECKPOINT = "reconciled-until";

    private LocalBackendsModule() {
    }

    @Provides
    @Singleton
    static LocalStackConfig config(Environment environment) {
        return LocalStackConfig.fromEnvironment(environment.variables());
    }

    @Provides
    @Singleton
    static PhotostoreHome home(Environment environment) {
        return PhotostoreHome.fromEnvironment(environment.variables());
    }

    @Provides
    @Singleton
    static LocalStack stack(LocalStackConfig config, PhotostoreHome home, ServerOptions options,
                            Environment environment, Settings settings, Backends backends) {
        int objectServerPort = environment.find("PHOTOSTORE_OBJECT_SERVER_PORT").map(LocalBackendsModule::port)
                .orElse(options.port() == 0 ? LoopbackPort.free() : options.port() + 1);
        return LocalStack.start(config, home, new LocalStack.ObjectServerAddress(options.host(),
                options.publicHost(), objectServerPort,
                List.copyOf(options.allowedOrigins(options.port())),
                settings.number(SettingNames.UPLOAD_MAX_BYTES, SettingNames.DEFAULT_UPLOAD_MAX_BYTES)), backends);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            System.getLogger(LocalBackendsModule.class.getName()).log(System.Logger.Level.DEBUG, "not a number", e);
        }
        throw new IllegalArgumentException("PHOTOSTORE_OBJECT_SERVER_PORT is not a port between 0 and 65535: " + text);
    }

    @Provides
    @Singleton
    static ObjectStoreOrigin objectStoreOrigin(LocalStack stack) {
        return ObjectStoreOrigin.of(stack.storageEndpoint());
    }

    @Provides
    @Singleton
    static Optional<Reconciliation> reconciliation(ObjectStorage storage, IngestUploadedObjectUseCase ingest,
                                                   PhotostoreHome home) {
        return Optional.of(new Reconciliation(storage, ingest,
                new ReconciliationCheckpoint(home.file(RECONCILIATION_CHECKPOINT))));
    }

    @Provides
    @Singleton
    static DSLContext dsl(LocalStack stack) {
        return PostgresDsl.create(stack.database(), PostgresConnectionSettings.DEFAULT_STATEMENT_TIMEOUT);
    }

    @Provides
    @Singleton
    static UserRepository users(LocalStack stack) {
        return new PostgresUserRepository(stack.database(), PostgresConnectionSettings.DEFAULT_STATEMENT_TIMEOUT);
    }

    @Provides
    @Singleton
    static PhotoCatalog catalog(LocalStackConfig config, DSLContext dsl, Backends backends) {
        if (config.dynamoDbEndpoint().isEmpty()) {
            return new JooqPhotoCatalog(dsl);
        }
        URI endpoint = config.dynamoDbEndpoint().get();
        DynamoDbClient client = AwsClients.build(DynamoDbClient.builder(), ExternalQueues.localClientSettings(endpoint));
        try {
            client.createTable(PhotoTableSchema.createTableRequest(DYNAMODB_TABLE));
        } catch (ResourceInUseException tableExists) {
            System.getLogger(LocalBackendsModule.class.getName()).log(System.Logger.Level.DEBUG,
                    "DynamoDB table " + DYNAMODB_TABLE + " exists");
        }
        backends.add("DynamoDB catalogue", client, () -> client.describeTable(b -> b.tableName(DYNAMODB_TABLE))
                .table() != null);
        return new DynamoDbPhotoCatalog(client, DYNAMODB_TABLE);
    }

    @Provides
    @Singleton
    static ObjectStorage storage(LocalStack stack) {
        return stack.storage();
    }

    @Provides
    @Singleton
    static UploadQueue queue(LocalStack stack, Backends backends) {
        UploadQueue queue = stack.inProcessQueue().orElseGet(() -> SqsUploadQueue.create(
                ExternalQueues.localClientSettings(stack.queueEndpoint()), stack.queueUrl()));
        AutoCloseable resource = queue instanceof SqsUploadQueue sqs ? sqs : () -> { };
        backends.add("upload queue", resource, () -> queue.approximateDepth() >= 0);
        stack.connectEvents(queue);
        return queue;
    }

    @Provides
    @Singleton
    static SessionStore sessions(LocalStack stack) {
        return new RedisSessionStore(stack.redis(), SharedBackends.REDIS_PREFIX);
    }

    @Provides
    @Singleton
    static RevokedSessions revokedSessions(LocalStack stack) {
        return new RedisRevokedSessions(stack.redis(), SharedBackends.REDIS_PREFIX);
    }

    @Provides
    @Singleton
    static LoginRateLimiter rateLimiter(LocalStack stack) {
        return new RedisLoginRateLimiter(stack.redis(), SharedBackends.REDIS_PREFIX);
    }

    @Provides
    @Singleton
    static Secrets secrets(PhotostoreHome home, Environment environment) {
        return FileSecrets.open(home, environment.variables());
    }

    @Provides
    @Singleton
    static Settings settings(PhotostoreHome home, Environment environment) {
        return new EnvironmentSettings(environment.variables(), home);
    }
}
