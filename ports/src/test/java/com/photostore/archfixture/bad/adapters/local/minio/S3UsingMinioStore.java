package com.photostore.archfixture.bad.adapters.local.minio;

import com.photostore.archfixture.bad.adapters.aws.s3.S3AlbumStore;

/** Breaks rule 6: a local adapter that uses an AWS adapter. */
public final class S3UsingMinioStore {
    /** Reads a cover. */
    public byte[] cover() {
        return new S3AlbumStore().cover();
    }
}
