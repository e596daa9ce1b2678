package com.photostore.adapters.local.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which backends the local server replaces by external ones ({@code DATABASE_URL}, {@code REDIS_URL}, {@code S3_ENDPOINT}
 * with {@code S3_ACCESS_KEY}, {@code S3_SECRET_KEY} and {@code S3_BUCKET}, {@code SQS_ENDPOINT},
 * {@code DYNAMODB_ENDPOINT}) and its HTTP {@code PORT}; an empty backend is started embedded.
 */
public record LocalStackConfig(Optional<DatabaseEndpoint> database, Optional<RedisEndpoint> redis,
                               Optional<S3Endpoint> s3, Optional<URI> sqsEndpoint, Optional<URI> dynamoDbEndpoint,
                               int port) {
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_BUCKET = "photostore";

    public LocalStackConfig {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(s3, "s3");
        Objects.requireNonNull(sqsEndpoint, "sqsEndpoint");
        Objects.requireNonNull(dynamoDbEndpoint, "dynamoDbEndpoint");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("PORT is between 0 and 65535");
        }
    }

    /** The configuration these environment variables describe; a malformed value is an error naming the variable. */
    public static LocalStackConfig fromEnvironment(Map<String, String> environment) {
        return new LocalStackConfig(
                value(environment, "DATABASE_URL").map(DatabaseUrl::parse),
                value(environment, "REDIS_URL").map(LocalStackConfig::redis),
                s3(environment),
                value(environment, "SQS_ENDPOINT").map(v -> httpEndpoint("SQS_ENDPOINT", v)),
                value(environment, "DYNAMODB_ENDPOINT").map(v -> httpEndpoint("DYNAMODB_ENDPOINT", v)),
                value(environment, "PORT").map(LocalStackConfig::port).orElse(DEFAULT_PORT));
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static RedisEndpoint redis(String value) {
        URI uri = uri("REDIS_URL", value);
        if (!("redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("REDIS_URL is not a Redis URL (redis://[:password@]host[:port][/database])");
        }
        return new RedisEndpoint(value);
    }

    private static Optional<S3Endpoint> s3(Map<String, String> environment) {
        Optional<String> endpoint = value(environment, "S3_ENDPOINT");
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        URI uri = httpEndpoint("S3_ENDPOINT", endpoint.get());
        String accessKey = value(environment, "S3_ACCESS_KEY")
                .orElseThrow(() -> new IllegalArgumentException("S3_ENDPOINT is set but S3_ACCESS_KEY is not"));
        String secretKey = value(environment, "S3_SECRET_KEY")
                .orElseThrow(() -> new IllegalArgumentException("S3_ENDPOINT is set but S3_SECRET_KEY is not"));
        String bucket = value(environment, "S3_BUCKET").orElse(DEFAULT_BUCKET);
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw new IllegalArgumentException("S3_BUCKET is not a valid bucket name: " + bucket);
        }
        return Optional.of(new S3Endpoint(uri, accessKey, secretKey, bucket));
    }

    private static URI httpEndpoint(String variable, String value) {
        URI uri = uri(variable, value);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException(variable + " is not an http(s) URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(variable + " carries credentials; give them in their own variables");
        }
        return uri;
    }

    private static URI uri(String variable, String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(variable + " is not a URL");
        }
    }

    private static int port(String value) {
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("PORT is not a number between 0 and 65535: " + value);
        }
        return port;
    }
}
