package com.photostore.archfixture.good.adapters.local.minio;

import com.photostore.archfixture.good.adapters.common.support.Timeouts;

/** A local adapter using only shared support. */
public final class MinioAlbumStore {
    /** Reads an album cover. */
    public byte[] cover(String key) {
        return (key + Timeouts.CALL).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
