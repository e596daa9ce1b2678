package com.photostore.adapters.aws.s3;

import com.photostore.adapters.aws.testing.S3ProxyServer;

/** An s3proxy server with one bucket and the storage that uses it, closed together. */
final class S3StorageFixture implements AutoCloseable {
    private final S3ProxyServer server;
    private final S3ObjectStorage storage;

    private S3StorageFixture(S3ProxyServer server, S3ObjectStorage storage) {
        this.server = server;
        this.storage = storage;
    }

    /** Starts a server, creates the bucket and connects a storage to it. */
    static S3StorageFixture start(String bucket) {
        S3ProxyServer server = S3ProxyServer.start();
        server.createBucket(bucket);
        return new S3StorageFixture(server, S3ObjectStorage.create(server.settings(), bucket));
    }

    S3ProxyServer server() {
        return server;
    }

    S3ObjectStorage storage() {
        return storage;
    }

    @Override
    public void close() {
        storage.close();
        server.close();
    }
}
