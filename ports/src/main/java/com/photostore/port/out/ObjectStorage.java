package com.photostore.port.out;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ObjectKey;
import com.photostore.domain.photo.UploadForm;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The bucket that holds originals and thumbnails. */
public interface ObjectStorage {
    /**
     * The {@code Cache-Control} of verified originals, thumbnails and previews: only the server writes their keys, once,
     * so browsers keep them for a year, but only the browser ({@code private}): they are a user's private photos,
     * never for shared caches.
     */
    String IMMUTABLE_CACHE_CONTROL = "private, max-age=31536000, immutable";

    /** A presigned POST form that lets a browser upload one file under the policy's conditions. */
    UploadForm presignUpload(UploadPolicy policy, Instant now);

    /**
     * A presigned GET URL signed as at {@code signedAt} and valid for {@code validFor}: the same inputs
     * give the same URL, so callers that round {@code signedAt} get URLs browsers can cache. When
     * {@code contentDisposition} is given, the response carries it.
     */
    URI presignDownload(ObjectKey key, Instant signedAt, Duration validFor, Optional<String> contentDisposition);

    /** What the store knows about an object, or empty if there is none. */
    Optional<ObjectInfo> head(ObjectKey key);

    /** Up to {@code length} bytes of an object from {@code offset} (fewer at its end). */
    byte[] readRange(ObjectKey key, long offset, int length);

    /** The whole object; fails with {@link ObjectTooLargeException} when it is larger than {@code maxBytes}. */
    byte[] readAll(ObjectKey key, long maxBytes);

    /** Stores a JPEG thumbnail, with a long-lived {@code Cache-Control} since its key never changes content. */
    void writeThumbnail(ObjectKey key, byte[] jpeg);

    /**
     * Stores the bytes ingest verified under the original's key (which no upload form names), with their content type
     * and a long-lived {@code Cache-Control}, so the original's URL serves exactly those bytes.
     */
    void writeOriginal(ObjectKey key, byte[] file, ContentType type);

    /** Deletes objects; keys that do not exist are ignored. */
    void delete(Collection<ObjectKey> keys);

    /** Up to {@code limit} objects whose keys start with {@code prefix}, in key order, after {@code startAfter}. */
    List<ObjectInfo> list(String prefix, Optional<String> startAfter, int limit);

    /** Whether the store answers. */
    boolean isReachable();
}
