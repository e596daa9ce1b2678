package com.photostore.adapters.aws.support;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Where and how an AWS client talks: region, an optional endpoint override (a local or test server),
 * credentials, and the timeouts of one attempt and of a whole call with its retries.
 */
public record AwsClientSettings(Region region, Optional<URI> endpointOverride, AwsCredentialsProvider credentials,
                                Duration connectTimeout, Duration attemptTimeout, Duration callTimeout) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(15);

    public AwsClientSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpointOverride, "endpointOverride");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        if (attemptTimeout.compareTo(callTimeout) > 0) {
            throw new IllegalArgumentException("an attempt does not outlast its call");
        }
    }

    /** Settings for the real service in a region, with the default credential chain and timeouts. */
    public static AwsClientSettings forRegion(Region region) {
        return new AwsClientSettings(region, Optional.empty(), DefaultCredentialsProvider.builder().build(),
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CALL_TIMEOUT);
    }

    /** The same settings talking to another endpoint with other credentials. */
    public AwsClientSettings withEndpoint(URI endpoint, AwsCredentialsProvider endpointCredentials) {
        return new AwsClientSettings(region, Optional.of(endpoint), endpointCredentials, connectTimeout, attemptTimeout,
                callTimeout);
    }

    /** The same settings with other credentials. */
    public AwsClientSettings withCredentials(AwsCredentialsProvider otherCredentials) {
        return new AwsClientSettings(region, endpointOverride, otherCredentials, connectTimeout, attemptTimeout,
                callTimeout);
    }

    /** The same settings with other timeouts. */
    public AwsClientSettings withTimeouts(Duration connect, Duration attempt, Duration call) {
        return new AwsClientSettings(region, endpointOverride, credentials, connect, attempt, call);
    }
}
