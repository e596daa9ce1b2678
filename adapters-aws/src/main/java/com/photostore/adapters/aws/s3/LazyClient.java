package com.photostore.adapters.aws.s3;

import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 client, built at its first use (the largest of the SDK's clients, which link signing never needs). */
final class LazyClient implements AutoCloseable {
    private final Supplier<S3Client> builder;
    private volatile S3Client client;

    LazyClient(Supplier<S3Client> builder) {
        this.builder = builder;
    }

    S3Client get() {
        S3Client built = client;
        if (built == null) {
            synchronized (this) {
                if (client == null) {
                    client = builder.get();
                }
                built = client;
            }
        }
        return built;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
        }
    }
}
