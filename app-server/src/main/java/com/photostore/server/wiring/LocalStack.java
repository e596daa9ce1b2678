package com.photostore.server.wiring;

import com.photostore.adapters.common.postgres.PostgresConnectionSettings;
import com.photostore.adapters.common.postgres.PostgresPool;
import com.photostore.adapters.common.redis.RedisGateway;
import com.photostore.adapters.local.config.LocalStackConfig;
import com.photostore.adapters.local.config.PhotostoreHome;
import com.photostore.adapters.local.elasticmq.ElasticMqSettings;
import com.photostore.adapters.local.elasticmq.InProcessElasticMq;
import com.photostore.adapters.local.minio.MinioObjectStorage;
import com.photostore.adapters.local.minio.MinioStorageSettings;
import com.photostore.adapters.local.objectserver.EmbeddedObjectServer;
import com.photostore.adapters.local.objectserver.ObjectServerSettings;
import com.photostore.adapters.local.postgres.EmbeddedPostgres;
import com.photostore.adapters.local.redis.EmbeddedRedis;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.domain.photo.PhotoObjectKeys;
import com.photostore.port.out.UploadQueue;
import com.photostore.wiring.Backends;
import com.photostore.wiring.SharedBackends;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the offline stack in parallel (PostgreSQL, Redis, the object server and the queue server, each embedded
 * unless the configuration names an external one), migrates the database, and hands out the connections.
 */
public final class LocalStack implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LocalStack.class.getName());
    /** The access key the embedded object server accepts. */
    public static final String OBJECT_SERVER_IDENTITY = "photostore";
    /** The directory under {@code PHOTOSTORE_HOME} where the embedded object server keeps the objects. */
    public static final String OBJECTS_DIRECTORY = "objects";

    private final Backends backends;
    private final AtomicReference<UploadQueue> eventSink = new AtomicReference<>();
    private HikariDataSource database;
    private RedisGateway redis;
    private MinioObjectStorage storage;
    private URI storageEndpoint;
    private String queueUrl;
    private URI queueEndpoint;
    private UploadQueue inProcessQueue;

    private LocalStack(Backends backends) {
        this.backends = backends;
    }

    /** Starts every part the configuration does not replace, adding each to {@code backends}; on failure stops them all. */
    public static LocalStack start(LocalStackConfig config, PhotostoreHome home, ObjectServerAddress objectServer,
                                   Backends backends) {
        LocalStack stack = new LocalStack(backends);
        ExecutorService starters = Executors.newFixedThreadPool(4, runnable -> new Thread(runnable, "stack-start"));
        try {
            CompletableFuture<HikariDataSource> database = CompletableFuture.supplyAsync(
                    () -> stack.startDatabase(config, home), starters);
            CompletableFuture<RedisGateway> redis = CompletableFuture.supplyAsync(
                    () -> stack.startRedis(config, home), starters);
            CompletableFuture<MinioObjectStorage> storage = CompletableFuture.supplyAsync(
                    () -> stack.startStorage(config, home, objectServer), starters);
            CompletableFuture<Void> queue = CompletableFuture.runAsync(() -> stack.startQueue(config), starters);
            CompletableFuture.allOf(database, redis, storage, queue).join();
            stack.database = database.join();
            stack.redis = redis.join();
            stack.storage = storage.join();
            return stack;
        } catch (CompletionException e) {
            stack.close();
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the local stack did not start", e.getCause());
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        } finally {
            starters.shutdown();
        }
    }

    private HikariDataSource startDatabase(LocalStackConfig config, PhotostoreHome home) {
        long started = System.nanoTime();
        PostgresConnectionSettings settings;
        if (config.database().isPresent()) {
            var external = config.database().get();
            settings = PostgresConnectionSettings.of(external.jdbcUrl(), external.user(), external.password());
        } else {
            EmbeddedPostgres postgres = backends.add("embedded PostgreSQL",
                    EmbeddedPostgres.start(home.subdirectory("postgres")), () -> true);
            settings = PostgresConnectionSettings.of(postgres.jdbcUrl(), postgres.user(), postgres.password());
        }
        HikariDataSource pool = PostgresPool.open(settings);
        int applied = SharedBackends.database(pool, backends);
        log("PostgreSQL ready (" + applied + " migrations applied)", started);
        return pool;
    }

    private RedisGateway startRedis(LocalStackConfig config, PhotostoreHome home) {
        long started = System.nanoTime();
        String uri;
        if (config.redis().isPresent()) {
            uri = config.redis().get().uri();
        } else {
            EmbeddedRedis server = backends.add("embedded Redis", EmbeddedRedis.start(home.subdirectory("redis")),
                    () -> true);
            uri = server.uri();
            LOG.log(System.Logger.Level.INFO, () -> "embedded Redis runs the " + server.binaryDescription());
        }
        RedisGateway gateway = SharedBackends.redis(uri, backends);
        gateway.ping();
        log("Redis ready", started);
        return gateway;
    }

    private MinioObjectStorage startStorage(LocalStackConfig config, PhotostoreHome home,
                                            ObjectServerAddress address) {
        long started = System.nanoTime();
        MinioStorageSettings settings;
        if (config.s3().isPresent()) {
            var external = config.s3().get();
            settings = new MinioStorageSettings(external.endpoint(), external.bucket(), external.accessKey(),
                    external.secretKey());
        } else {
            String credential = ObjectServerKey.readOrCreate(home);
            ObjectServerSettings serverSettings = new ObjectServerSettings(home.subdirectory(OBJECTS_DIRECTORY),
                    address.port(), LocalStackConfig.DEFAULT_BUCKET, OBJECT_SERVER_IDENTITY, credential,
                    address.webOrigins(), address.bindHost(), address.maxUploadBytes());
            EmbeddedObjectServer server = backends.add("embedded object server",
                    EmbeddedObjectServer.start(serverSettings, this::forward), () -> true);
            URI published = URI.create("http://" + address.publicHost() + ":" + server.endpoint().getPort());
            settings = new MinioStorageSettings(published, serverSettings.bucket(), OBJECT_SERVER_IDENTITY,
                    credential);
        }
        storageEndpoint = settings.endpoint();
        MinioObjectStorage minio = new MinioObjectStorage(settings);
        backends.add("object storage", () -> { }, minio::isReachable);
        log("object storage ready at " + settings.endpoint(), started);
        return minio;
    }

    private void startQueue(LocalStackConfig config) {
        long started = System.nanoTime();
        if (config.sqsEndpoint().isPresent()) {
            queueEndpoint = config.sqsEndpoint().get();
            queueUrl = ExternalQueues.ensure(queueEndpoint, ElasticMqSettings.DEFAULT_QUEUE_NAME,
                    ElasticMqSettings.DEFAULT_DEAD_LETTER_QUEUE_NAME);
            log("queue ready at " + queueEndpoint, started);
        } else {
            InProcessElasticMq engine = backends.add("in-process ElasticMQ", InProcessElasticMq.start(), () -> true);
            inProcessQueue = engine.queue();
            log("queue ready in this process (ElasticMQ, no listener)", started);
        }
    }

    /**
     * Where the embedded object server listens ({@code bindHost}, {@code port}) and the host browsers reach it by
     * ({@code publicHost}, which presigned URLs name), the web app's origins its CORS allows, and the largest file
     * a form post to it may carry ({@code upload.maxBytes} when the server starts).
     */
    public record ObjectServerAddress(String bindHost, String publicHost, int port, List<String> webOrigins,
                                      long maxUploadBytes) {
        public ObjectServerAddress {
            webOrigins = List.copyOf(webOrigins);
        }
    }

    /** The upload queue in this process, unless {@code PHOTOSTORE_SQS_ENDPOINT} names an SQS server. */
    public Optional<UploadQueue> inProcessQueue() {
        return Optional.ofNullable(inProcessQueue);
    }

    /** Where the upload queue is when it is on an SQS server. */
    public URI queueEndpoint() {
        return queueEndpoint;
    }

    /** The URL of the upload queue. */
    public String queueUrl() {
        return queueUrl;
    }

    /** Connects the object server's events to the upload queue once it exists. */
    public void connectEvents(UploadQueue queue) {
        eventSink.set(queue);
    }

    /** Queues the event of a posted upload, as the bucket's notification does in AWS (only keys below the uploads). */
    private void forward(ObjectCreatedEvent event) {
        if (!event.key().startsWith(PhotoObjectKeys.uploadsRoot())) {
            return;
        }
        UploadQueue queue = eventSink.get();
        if (queue == null) {
            LOG.log(System.Logger.Level.WARNING, "an object was stored before the queue was connected; the"
                    + " reconciliation pass at the next start will ingest it");
            return;
        }
        try {
            queue.publish(event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the event of a stored object could not be queued; the"
                    + " reconciliation pass at the next start will ingest it", e);
        }
    }

    /** The database pool. */
    public HikariDataSource database() {
        return database;
    }

    /** The Redis connection. */
    public RedisGateway redis() {
        return redis;
    }

    /** The object storage. */
    public MinioObjectStorage storage() {
        return storage;
    }

    /** Where browsers reach the object storage (for the web app's Content-Security-Policy). */
    public URI storageEndpoint() {
        return storageEndpoint;
    }

    /** Stops every part, last started first. */
    @Override
    public void close() {
        backends.close();
    }

    private static void log(String message, long startedNanos) {
        LOG.log(System.Logger.Level.INFO, message + " in " + Duration.ofNanos(System.nanoTime() - startedNanos)
                .toMillis() + " ms");
    }
}
