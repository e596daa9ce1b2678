package com.photostore.archfixture.good.adapters.aws.s3;

import software.amazon.awssdk.stub.S3Client;

/** An AWS adapter, the one place besides wiring where the SDK may appear. */
public final class S3AlbumStore {
    private final S3Client client;

    public S3AlbumStore(S3Client client) {
        this.client = client;
    }

    /** Reads an album cover. */
    public byte[] cover(String key) {
        return client.getObject(key);
    }
}
