package com.photostore.adapters.aws.support;

import java.util.List;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * Builds every synchronous AWS client the same way: the lightweight URL-connection HTTP client (no Netty or
 * Apache client, small and quick to start in Lambda), the region, credentials, optional endpoint override,
 * and attempt and call timeouts.
 */
public final class AwsClients {

    private AwsClients() {
    }

    /** Configures and builds a client, for example {@code AwsClients.build(S3Client.builder(), settings)}. */
    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder,
                                                                                            AwsClientSettings settings) {
        return build(builder, settings, List.of());
    }

    /** Configures and builds a client whose calls also pass these interceptors (which observe or amend them). */
    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
            B builder, AwsClientSettings settings, List<ExecutionInterceptor> interceptors) {
        builder.region(settings.region())
                .credentialsProvider(settings.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(settings.connectTimeout())
                        .socketTimeout(settings.attemptTimeout()))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(settings.attemptTimeout())
                        .apiCallTimeout(settings.callTimeout())
                        .executionInterceptors(interceptors)
                        .build());
        settings.endpointOverride().ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
