package com.photostore.adapters.aws.s3;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ObjectKey;
import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.ObjectInfo;
import com.photostore.port.out.ObjectMissingException;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.ObjectTooLargeException;
import com.photostore.port.out.UploadPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The photo bucket on Amazon S3 (or an S3-compatible server): presigned POST uploads, presigned GETs and object
 * access. Forms and download links are signed locally (no request, no SDK pipeline); the S3 client is built at its
 * first call, so a function that only hands out links never builds it.
 */
public final class S3ObjectStorage implements ObjectStorage, AutoCloseable {
    private static final int DELETE_BATCH = 1000;
    private static final Duration REACHABILITY_TIMEOUT = Duration.ofSeconds(2);
    private static final int NOT_FOUND = 404;
    private static final int RANGE_NOT_SATISFIABLE = 416;
    private static final int LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    private final LazyClient client;
    private final DownloadSigner downloads;
    private final UploadFormSigner uploadForms;
    private final String bucket;

    S3ObjectStorage(LazyClient client, DownloadSigner downloads, UploadFormSigner uploadForms, String bucket) {
        this.client = client;
        this.downloads = downloads;
        this.uploadForms = uploadForms;
        this.bucket = bucket;
    }

    /** Storage for a bucket; with an endpoint override, requests and URLs use path style, as S3-compatible servers need. */
    public static S3ObjectStorage create(AwsClientSettings settings, String bucket) {
        boolean pathStyle = settings.endpointOverride().isPresent();
        LazyClient client = new LazyClient(() -> AwsClients.build(S3Client.builder().forcePathStyle(pathStyle),
                settings));
        URI bucketUrl = BucketEndpoint.of(bucket, settings.region(), settings.endpointOverride());
        UploadFormSigner forms = new UploadFormSigner(bucket, bucketUrl, settings.region(), settings.credentials());
        return new S3ObjectStorage(client, DownloadSigner.of(bucket, bucketUrl, pathStyle, settings), forms, bucket);
    }

    @Override
    public UploadForm presignUpload(UploadPolicy policy, Instant now) {
        return call("sign an upload form", () -> uploadForms.sign(policy, now));
    }

    @Override
    public URI presignDownload(ObjectKey key, Instant signedAt, Duration validFor, Optional<String> contentDisposition) {
        return call("presign a download", () -> downloads.sign(key, signedAt, validFor, contentDisposition));
    }

    @Override
    public Optional<ObjectInfo> head(ObjectKey key) {
        try {
            HeadObjectResponse head = client.get().headObject(request -> request.bucket(bucket).key(key.value()));
            return Optional.of(new ObjectInfo(key, head.contentLength(), head.eTag(), head.contentType(),
                    lowerCase(head.metadata()), head.lastModified()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return Optional.empty();
            }
            throw unavailable("read an object's description", e);
        } catch (SdkException e) {
            throw unavailable("read an object's description", e);
        }
    }

    @Override
    public byte[] readRange(ObjectKey key, long offset, int length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length >= 0");
        }
        if (length == 0) {
            return new byte[0];
        }
        GetObjectRequest request = GetObjectRequest.builder().bucket(bucket).key(key.value())
                .range("bytes=" + offset + "-" + (offset + length - 1)).build();
        try (InputStream in = client.get().getObject(request)) {
            return in.readNBytes(length);
        } catch (S3Exception e) {
            if (e.statusCode() == RANGE_NOT_SATISFIABLE) {
                return new byte[0];
            }
            throw missingOrUnavailable(key, e);
        } catch (SdkException | IOException e) {
            throw unavailable("read part of an object", e);
        }
    }

    @Override
    public byte[] readAll(ObjectKey key, long maxBytes) {
        ObjectInfo info = head(key).orElseThrow(() -> new ObjectMissingException(key.value()));
        if (info.size() > maxBytes) {
            throw new ObjectTooLargeException(info.size(), maxBytes);
        }
        int bound = (int) Math.min(maxBytes, LARGEST_ARRAY - 1L) + 1;
        try (InputStream in = client.get().getObject(request -> request.bucket(bucket).key(key.value()))) {
            byte[] content = in.readNBytes(bound);
            if (content.length > maxBytes) {
                throw new ObjectTooLargeException(content.length, maxBytes);
            }
            return content;
        } catch (S3Exception e) {
            throw missingOrUnavailable(key, e);
        } catch (SdkException | IOException e) {
            throw unavailable("read an object", e);
        }
    }

    @Override
    public void writeThumbnail(ObjectKey key, byte[] jpeg) {
        put("write a thumbnail", key, jpeg, "image/jpeg");
    }

    @Override
    public void writeOriginal(ObjectKey key, byte[] file, ContentType type) {
        put("write an original", key, file, type.mimeType());
    }

    private void put(String action, ObjectKey key, byte[] content, String contentType) {
        call(action, () -> client.get().putObject(request -> request.bucket(bucket).key(key.value())
                .contentType(contentType).cacheControl(IMMUTABLE_CACHE_CONTROL), RequestBody.fromBytes(content)));
    }

    @Override
    public void delete(Collection<ObjectKey> keys) {
        List<ObjectIdentifier> identifiers = keys.stream().distinct()
                .map(key -> ObjectIdentifier.builder().key(key.value()).build())
                .toList();
        for (int from = 0; from < identifiers.size(); from += DELETE_BATCH) {
            List<ObjectIdentifier> batch = identifiers.subList(from, Math.min(from + DELETE_BATCH, identifiers.size()));
            DeleteObjectsResponse response = call("delete objects", () -> client.get().deleteObjects(request -> request
                    .bucket(bucket).delete(Delete.builder().objects(batch).quiet(true).build())));
            if (response.hasErrors() && !response.errors().isEmpty()) {
                throw new UnavailableException("the bucket did not delete " + response.errors().size() + " objects",
                        null);
            }
        }
    }

    @Override
    public List<ObjectInfo> list(String prefix, Optional<String> startAfter, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        ListObjectsV2Request.Builder request = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix)
                .maxKeys(limit);
        startAfter.ifPresent(request::startAfter);
        List<S3Object> objects = call("list objects", () -> client.get().listObjectsV2(request.build())).contents();
        List<ObjectInfo> infos = new ArrayList<>(objects.size());
        // A listing names no content type or metadata; head() gives them for one object.
        for (S3Object object : objects) {
            infos.add(new ObjectInfo(new ObjectKey(object.key()), object.size(), object.eTag(), null, Map.of(),
                    object.lastModified()));
        }
        return infos;
    }

    @Override
    public boolean isReachable() {
        try {
            client.get().headBucket(request -> request.bucket(bucket).overrideConfiguration(o -> o
                    .apiCallTimeout(REACHABILITY_TIMEOUT).apiCallAttemptTimeout(REACHABILITY_TIMEOUT)));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private static <T> T call(String action, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw unavailable(action, e);
        }
    }

    private static RuntimeException missingOrUnavailable(ObjectKey key, S3Exception e) {
        if (e instanceof NoSuchKeyException || e.statusCode() == NOT_FOUND) {
            return new ObjectMissingException(key.value());
        }
        return unavailable("read an object", e);
    }

    private static UnavailableException unavailable(String action, Exception cause) {
        return new UnavailableException("the object store could not " + action, cause);
    }

    private static Map<String, String> lowerCase(Map<String, String> metadata) {
        return metadata.entrySet().stream().collect(Collectors.toMap(
                entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (first, second) -> first));
    }
}
