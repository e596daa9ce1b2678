package com.photostore.archfixture.bad.adapters.local.minio;

import software.amazon.awssdk.stub.S3Client;

/** Breaks rule 7: the AWS SDK outside the AWS adapters and the apps' wiring. */
public final class SdkUsingMinioStore {
    /** Reads a cover. */
    public byte[] cover(S3Client client) {
        return client.getObject("cover");
    }
}
