package com.photostore.wiring;

import com.photostore.adapters.aws.elasticache.ElastiCacheSettings;
import com.photostore.adapters.aws.rds.RdsDatabaseSettings;
import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.port.out.SecretName;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The AWS resources of a deployment as its environment variables name them, read the same way by each Lambda
 * function and by the server's profile {@code aws}; a unit reads only the variables of what it uses.
 */
public final class AwsDeployment {
    public static final String REGION = "AWS_REGION";
    public static final String ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
    public static final String SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
    public static final String SESSION_TOKEN = "AWS_SESSION_TOKEN";
    public static final String TABLE = "PHOTOSTORE_TABLE";
    public static final String REVOCATIONS_TABLE = "PHOTOSTORE_REVOCATIONS_TABLE";
    public static final String BUCKET = "PHOTOSTORE_BUCKET";
    public static final String QUEUE_URL = "PHOTOSTORE_QUEUE_URL";
    public static final String ACCESS_TOKEN_SECRET_ID = "PHOTOSTORE_ACCESS_TOKEN_SECRET_ID";
    public static final String CURSOR_SECRET_ID = "PHOTOSTORE_CURSOR_SECRET_ID";
    public static final String SSM_PREFIX = "PHOTOSTORE_SSM_PREFIX";
    public static final String RDS_SECRET_ID = "PHOTOSTORE_RDS_SECRET_ID";
    public static final String RDS_HOST_PARAMETER = "PHOTOSTORE_RDS_HOST_PARAMETER";
    public static final String RDS_DATABASE_PARAMETER = "PHOTOSTORE_RDS_DATABASE_PARAMETER";
    public static final String RDS_SSL_MODE = "PHOTOSTORE_RDS_SSL_MODE";
    public static final String REDIS_URL = "REDIS_URL";
    public static final String REDIS_HOST_PARAMETER = "PHOTOSTORE_REDIS_HOST_PARAMETER";
    public static final String REDIS_PORT_PARAMETER = "PHOTOSTORE_REDIS_PORT_PARAMETER";
    public static final String REDIS_AUTH_SECRET_ID = "PHOTOSTORE_REDIS_AUTH_SECRET_ID";
    public static final String REDIS_TLS = "PHOTOSTORE_REDIS_TLS";
    /** The SSM prefix of the settings when {@link #SSM_PREFIX} is not set. */
    public static final String DEFAULT_SSM_PREFIX = "/photostore";

    private final Environment environment;
    private AwsClientSettings base;

    public AwsDeployment(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * The settings of a service's client: the region, the credentials (the access key the variables hold, as Lambda
     * gives it, else the default chain: container, instance or profile credentials), and any endpoint override.
     */
    public synchronized AwsClientSettings clientSettings(AwsService service) {
        if (base == null) {
            AwsClientSettings region = AwsClientSettings.forRegion(Region.of(environment.require(REGION,
                    "the region of the deployment's resources")));
            base = region.withCredentials(accessKey().orElse(region.credentials()));
        }
        AwsClientSettings settings = base;
        return environment.find(service.endpointVariable())
                .or(() -> environment.find(AwsService.ANY_ENDPOINT_VARIABLE))
                .map(url -> settings.withEndpoint(endpoint(url), settings.credentials()))
                .orElse(settings);
    }

    /** The DynamoDB table of the photo catalogue. */
    public String table() {
        return environment.require(TABLE, "the DynamoDB table of the photo catalogue");
    }

    /** The DynamoDB table of revoked sessions, whose access tokens every function refuses. */
    public String revocationsTable() {
        return environment.require(REVOCATIONS_TABLE, "the DynamoDB table of revoked sessions");
    }

    /** The S3 bucket of originals and thumbnails. */
    public String bucket() {
        return environment.require(BUCKET, "the S3 bucket of originals and thumbnails");
    }

    /** The SQS queue of upload events (the server polls it; the functions receive its messages as events). */
    public String queueUrl() {
        return environment.require(QUEUE_URL, "the SQS queue of upload events");
    }

    /** The secret of a key ring (access-token keys, cursor keys), looked up when the unit first reads that ring. */
    public Optional<String> keyRingSecret(SecretName ring) {
        return environment.find(switch (ring) {
            case ACCESS_TOKEN_KEYS -> ACCESS_TOKEN_SECRET_ID;
            case CURSOR_KEYS -> CURSOR_SECRET_ID;
        });
    }

    /** The SSM path under which the operational settings live, such as {@code /photostore/prod}. */
    public String settingsPrefix() {
        return environment.find(SSM_PREFIX).orElse(DEFAULT_SSM_PREFIX);
    }

    /** The RDS database of the accounts: its secret, optional host and database-name parameters, the TLS mode. */
    public RdsDatabaseSettings rdsDatabase() {
        RdsDatabaseSettings settings = RdsDatabaseSettings.ofSecret(environment.require(RDS_SECRET_ID,
                "the RDS secret of the accounts database"));
        settings = environment.find(RDS_HOST_PARAMETER).map(settings::withHostParameter).orElse(settings);
        settings = environment.find(RDS_DATABASE_PARAMETER).map(settings::withDatabaseParameter).orElse(settings);
        return environment.find(RDS_SSL_MODE).map(settings::withSslMode).orElse(settings);
    }

    /** A Redis URI given outright ({@code REDIS_URL}), which replaces the ElastiCache parameters. */
    public Optional<String> redisUrl() {
        return environment.find(REDIS_URL);
    }

    /** Where the ElastiCache Redis of sessions and log-in limits is; in-transit encryption unless turned off. */
    public ElastiCacheSettings elastiCache() {
        return new ElastiCacheSettings(
                environment.require(REDIS_HOST_PARAMETER, "the SSM parameter of the Redis host"),
                environment.require(REDIS_PORT_PARAMETER, "the SSM parameter of the Redis port"),
                environment.find(REDIS_AUTH_SECRET_ID),
                !environment.find(REDIS_TLS).map("false"::equalsIgnoreCase).orElse(false));
    }

    /** The browser origins (the website) allowed to call the API. */
    public Set<String> allowedOrigins() {
        return environment.find(AllowedOrigins.VARIABLE).map(AllowedOrigins::parse).orElse(Set.of());
    }

    private Optional<AwsCredentialsProvider> accessKey() {
        Optional<String> id = environment.find(ACCESS_KEY_ID);
        Optional<String> secret = environment.find(SECRET_ACCESS_KEY);
        if (id.isEmpty() || secret.isEmpty()) {
            return Optional.empty();
        }
        AwsCredentials credentials = environment.find(SESSION_TOKEN)
                .<AwsCredentials>map(token -> AwsSessionCredentials.create(id.get(), secret.get(), token))
                .orElseGet(() -> AwsBasicCredentials.create(id.get(), secret.get()));
        return Optional.of(StaticCredentialsProvider.create(credentials));
    }

    private static URI endpoint(String url) {
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("an endpoint override is an http(s) URL: " + url);
        }
        return uri;
    }
}
