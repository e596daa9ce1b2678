package com.photostore.wiring.testing;

import com.photostore.adapters.aws.sqs.S3EventNotifications;
import com.photostore.adapters.aws.testing.AwsProtocolStub;
import com.photostore.adapters.aws.testing.DynaliteServer;
import com.photostore.adapters.aws.testing.ElasticMqServer;
import com.photostore.adapters.aws.testing.ElasticMqServer.QueueWithDeadLetters;
import com.photostore.adapters.aws.testing.KeyRingSecrets;
import com.photostore.adapters.aws.testing.PhotoTables;
import com.photostore.adapters.aws.testing.RevocationTables;
import com.photostore.adapters.common.testing.FreePort;
import com.photostore.adapters.common.testing.PostgresFixture;
import com.photostore.adapters.common.testing.RedisFixture;
import com.photostore.adapters.common.testing.RunningRedis;
import com.photostore.adapters.common.testing.TestDatabase;
import com.photostore.adapters.local.objectserver.EmbeddedObjectServer;
import com.photostore.adapters.local.objectserver.ObjectServerSettings;
import com.photostore.wiring.AllowedOrigins;
import com.photostore.wiring.AwsDeployment;
import com.photostore.wiring.AwsService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The resources of one AWS deployment on AWS-protocol servers in the test JVM: the photo table on dynalite, the
 * bucket on s3proxy (whose stored objects are announced to the upload queue as S3 event notifications, as S3's
 * bucket notification does), the upload queue and its dead-letter queue on ElasticMQ, the key rings, the RDS and
 * Redis secrets and the parameters on the Secrets Manager and SSM stub, the accounts database on the embedded
 * PostgreSQL and the sessions on the embedded Redis. {@link #environment()} names them with the variables a
 * function or the server's profile {@code aws} reads in production.
 */
public final class AwsProtocolStack implements AutoCloseable {
    /** The region every client signs for. */
    public static final String REGION = "us-east-1";
    /** The access key every service of the stack accepts. */
    public static final String ACCESS_KEY = "photostore-stack";
    /** The SSM prefix of the settings. */
    public static final String SETTINGS_PREFIX = "/photostore/test";
    /** How long a received upload event stays hidden (the queue's visibility timeout). */
    public static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(30);
    /** How often an upload event is received before the dead-letter queue takes it. */
    public static final int MAX_RECEIVE_COUNT = 5;

    private static final String SECRET_KEY = "photostore-stack-secret";

    private final String bucket = "photos-" + UUID.randomUUID();
    private final String table;
    private final String revocationsTable;
    private final QueueWithDeadLetters queues;
    private final AwsProtocolStub stub = AwsProtocolStub.start();
    private final TestDatabase database = PostgresFixture.freshDatabase();
    private final String redisAuthToken = "redis-auth-" + UUID.randomUUID();
    private final RunningRedis redis = RedisFixture.startEmbedded(FreePort.find(), "requirepass " + redisAuthToken);
    private final EmbeddedObjectServer objects;
    private final Path objectsDirectory;
    private final String allowedOrigin;

    private AwsProtocolStack(String allowedOrigin) {
        this.allowedOrigin = allowedOrigin;
        try (DynamoDbClient dynamo = DynaliteServer.shared().client()) {
            table = PhotoTables.create(dynamo);
            revocationsTable = RevocationTables.create(dynamo);
        }
        ElasticMqServer queueServer = ElasticMqServer.shared();
        queues = queueServer.createQueueWithDeadLetterQueue(VISIBILITY_TIMEOUT, MAX_RECEIVE_COUNT);
        SqsClient notifications = queueServer.client();
        try {
            objectsDirectory = Files.createTempDirectory("stack-objects");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        objects = EmbeddedObjectServer.start(new ObjectServerSettings(objectsDirectory, 0, bucket, ACCESS_KEY,
                SECRET_KEY, List.of(allowedOrigin)), event -> notifications.sendMessage(b -> b
                .queueUrl(queues.queueUrl()).messageBody(S3EventNotifications.format(event))));
        putSecretsAndParameters();
    }

    /** Starts a stack whose bucket and API allow requests from a browser at this origin. */
    public static AwsProtocolStack start(String allowedOrigin) {
        return new AwsProtocolStack(allowedOrigin);
    }

    /** The variables that name the stack's resources, as a deployment's function or server reads them. */
    public Map<String, String> environment() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(AwsDeployment.REGION, REGION);
        variables.put(AwsDeployment.ACCESS_KEY_ID, ACCESS_KEY);
        variables.put(AwsDeployment.SECRET_ACCESS_KEY, SECRET_KEY);
        variables.put(AwsService.DYNAMODB.endpointVariable(), DynaliteServer.shared().endpoint().toString());
        variables.put(AwsService.S3.endpointVariable(), objects.endpoint().toString());
        variables.put(AwsService.SQS.endpointVariable(), ElasticMqServer.shared().endpoint().toString());
        variables.put(AwsService.SECRETS_MANAGER.endpointVariable(), stub.endpoint().toString());
        variables.put(AwsService.SSM.endpointVariable(), stub.endpoint().toString());
        variables.put(AwsDeployment.TABLE, table);
        variables.put(AwsDeployment.REVOCATIONS_TABLE, revocationsTable);
        variables.put(AwsDeployment.BUCKET, bucket);
        variables.put(AwsDeployment.QUEUE_URL, queues.queueUrl());
        variables.put(AwsDeployment.ACCESS_TOKEN_SECRET_ID, "photostore/test/access-token-keys");
        variables.put(AwsDeployment.CURSOR_SECRET_ID, "photostore/test/cursor-keys");
        variables.put(AwsDeployment.SSM_PREFIX, SETTINGS_PREFIX);
        variables.put(AwsDeployment.RDS_SECRET_ID, "photostore/test/rds");
        variables.put(AwsDeployment.RDS_HOST_PARAMETER, SETTINGS_PREFIX + "/rds/host");
        variables.put(AwsDeployment.RDS_DATABASE_PARAMETER, SETTINGS_PREFIX + "/rds/database");
        variables.put(AwsDeployment.RDS_SSL_MODE, "disable");
        variables.put(AwsDeployment.REDIS_HOST_PARAMETER, SETTINGS_PREFIX + "/redis/host");
        variables.put(AwsDeployment.REDIS_PORT_PARAMETER, SETTINGS_PREFIX + "/redis/port");
        variables.put(AwsDeployment.REDIS_AUTH_SECRET_ID, "photostore/test/redis-auth-token");
        variables.put(AwsDeployment.REDIS_TLS, "false");
        variables.put(AllowedOrigins.VARIABLE, allowedOrigin);
        return variables;
    }

    /** The upload queue and its dead-letter queue. */
    public QueueWithDeadLetters queues() {
        return queues;
    }

    /** The Secrets Manager and SSM stub, which records every request. */
    public AwsProtocolStub stub() {
        return stub;
    }

    /** The object server holding the bucket. */
    public URI objectServer() {
        return objects.endpoint();
    }

    /** The bucket of originals and thumbnails. */
    public String bucket() {
        return bucket;
    }

    /** The photo table. */
    public String table() {
        return table;
    }

    /** Sets an operational setting, such as {@code login.address.maxFailures}. */
    public void setting(String name, String value) {
        stub.putParameter(SETTINGS_PREFIX + "/" + name, value);
    }

    @Override
    public void close() {
        objects.close();
        stub.close();
        database.close();
        redis.close();
        try (Stream<Path> paths = Files.walk(objectsDirectory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void putSecretsAndParameters() {
        Map<String, String> environment = environment();
        stub.putSecret(environment.get(AwsDeployment.ACCESS_TOKEN_SECRET_ID), new KeyRingSecrets().json());
        stub.putSecret(environment.get(AwsDeployment.CURSOR_SECRET_ID), new KeyRingSecrets().json());
        URI jdbc = URI.create(database.settings(Duration.ofSeconds(10)).jdbcUrl().substring("jdbc:".length()));
        String name = jdbc.getPath().substring(1);
        stub.putSecret(environment.get(AwsDeployment.RDS_SECRET_ID), "{\"username\":\""
                + database.settings(Duration.ofSeconds(10)).user() + "\",\"password\":\""
                + database.settings(Duration.ofSeconds(10)).password() + "\",\"engine\":\"postgres\",\"host\":\""
                + "rds.invalid\",\"port\":" + jdbc.getPort() + ",\"dbname\":\"not-this-one\"}");
        stub.putParameter(environment.get(AwsDeployment.RDS_HOST_PARAMETER), jdbc.getHost());
        stub.putParameter(environment.get(AwsDeployment.RDS_DATABASE_PARAMETER), name);
        stub.putParameter(environment.get(AwsDeployment.REDIS_HOST_PARAMETER), redis.host());
        stub.putParameter(environment.get(AwsDeployment.REDIS_PORT_PARAMETER), Integer.toString(redis.port()));
        stub.putSecret(environment.get(AwsDeployment.REDIS_AUTH_SECRET_ID), redisAuthToken);
    }
}
