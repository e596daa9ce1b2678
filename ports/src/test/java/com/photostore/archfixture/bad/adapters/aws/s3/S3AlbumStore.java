package com.photostore.archfixture.bad.adapters.aws.s3;

/** A well-behaved AWS adapter the bad fixtures lean on. */
public final class S3AlbumStore {
    /** Reads a cover. */
    public byte[] cover() {
        return new byte[0];
    }
}
