package com.photostore.adapters.local.minio;

import com.photostore.adapters.common.support.SigV4QuerySigner;
import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ObjectKey;
import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.ObjectInfo;
import com.photostore.port.out.ObjectMissingException;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.ObjectTooLargeException;
import com.photostore.port.out.UploadPolicy;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PostPolicy;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * {@link ObjectStorage} on an S3-compatible server through the MinIO client, path-style addressing; download URLs
 * are signed with {@link SigV4QuerySigner} at the caller's {@code signedAt}, so equal inputs give equal URLs.
 */
public final class MinioObjectStorage implements ObjectStorage, AutoCloseable {
    static final String REGION = "us-east-1";
    private static final String JPEG = "image/jpeg";
    private static final String META_PREFIX = "x-amz-meta-";
    private static final String NO_SUCH_KEY = "NoSuchKey";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration IO_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final MinioStorageSettings settings;
    private final OkHttpClient http;
    private final MinioClient client;
    private final DownloadUrls downloads;

    /** A storage on the server and bucket of these settings. */
    public MinioObjectStorage(MinioStorageSettings settings) {
        this.settings = settings;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(IO_TIMEOUT)
                .writeTimeout(IO_TIMEOUT)
                .callTimeout(CALL_TIMEOUT)
                .build();
        this.downloads = new DownloadUrls(new SigV4QuerySigner(settings.endpoint(), REGION, settings.accessKey(),
                settings.secretKey()), settings.bucket());
        this.client = MinioClient.builder()
                .endpoint(settings.endpoint().toString())
                .region(REGION)
                .credentials(settings.accessKey(), settings.secretKey())
                .httpClient(http)
                .build();
    }

    @Override
    public UploadForm presignUpload(UploadPolicy policy, Instant now) {
        Instant expiresAt = now.plus(policy.validFor());
        PostPolicy postPolicy = new PostPolicy(settings.bucket(), expiresAt.atZone(ZoneOffset.UTC));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", policy.key().value());
        fields.put("Content-Type", policy.contentType().mimeType());
        policy.metadata().forEach((name, value) -> fields.put(META_PREFIX + name, value));
        fields.forEach(postPolicy::addEqualsCondition);
        postPolicy.addContentLengthRangeCondition(policy.minSize(), policy.maxSize());
        fields.putAll(call(null, () -> client.getPresignedPostFormData(postPolicy)));
        return new UploadForm(bucketUrl().uri(), fields, expiresAt);
    }

    @Override
    public URI presignDownload(ObjectKey key, Instant signedAt, Duration validFor, Optional<String> contentDisposition) {
        return downloads.get(new DownloadUrls.Request(key.value(), signedAt, validFor, contentDisposition));
    }

    @Override
    public Optional<ObjectInfo> head(ObjectKey key) {
        try {
            StatObjectResponse stat = stat(key);
            return Optional.of(new ObjectInfo(key, stat.size(), unquoted(stat.etag()), stat.contentType(),
                    lowerCaseNames(stat.userMetadata()), stat.lastModified().toInstant()));
        } catch (ObjectMissingException e) {
            return Optional.empty();
        }
    }

    @Override
    public byte[] readRange(ObjectKey key, long offset, int length) {
        long size = stat(key).size();
        if (offset >= size || length <= 0) {
            return new byte[0];
        }
        long available = Math.min(length, size - offset);
        return read(key, GetObjectArgs.builder().bucket(settings.bucket()).object(key.value())
                .offset(offset).length(available).build(), available);
    }

    @Override
    public byte[] readAll(ObjectKey key, long maxBytes) {
        long size = stat(key).size();
        if (size > maxBytes) {
            throw new ObjectTooLargeException(size, maxBytes);
        }
        byte[] content = read(key, GetObjectArgs.builder().bucket(settings.bucket()).object(key.value()).build(),
                maxBytes + 1);
        if (content.length > maxBytes) {
            throw new ObjectTooLargeException(content.length, maxBytes);
        }
        return content;
    }

    @Override
    public void writeThumbnail(ObjectKey key, byte[] jpeg) {
        put(key, jpeg, JPEG);
    }

    @Override
    public void writeOriginal(ObjectKey key, byte[] file, ContentType type) {
        put(key, file, type.mimeType());
    }

    private void put(ObjectKey key, byte[] content, String contentType) {
        call(key, () -> client.putObject(PutObjectArgs.builder()
                .bucket(settings.bucket())
                .object(key.value())
                .stream(new ByteArrayInputStream(content), content.length, -1)
                .contentType(contentType)
                .headers(Map.of("Cache-Control", IMMUTABLE_CACHE_CONTROL))
                .build()));
    }

    @Override
    public void delete(Collection<ObjectKey> keys) {
        for (ObjectKey key : keys) {
            call(null, () -> {
                client.removeObject(RemoveObjectArgs.builder().bucket(settings.bucket()).object(key.value()).build());
                return null;
            });
        }
    }

    @Override
    public List<ObjectInfo> list(String prefix, Optional<String> startAfter, int limit) {
        ListObjectsArgs.Builder args = ListObjectsArgs.builder().bucket(settings.bucket()).prefix(prefix)
                .recursive(true).maxKeys(Math.max(1, Math.min(limit, 1000)));
        startAfter.ifPresent(args::startAfter);
        List<ObjectInfo> infos = new ArrayList<>();
        for (Result<Item> result : client.listObjects(args.build())) {
            if (infos.size() >= limit) {
                break;
            }
            Item item = call(null, result::get);
            infos.add(new ObjectInfo(new ObjectKey(item.objectName()), item.size(), unquoted(item.etag()), null,
                    Map.of(), item.lastModified() == null ? null : item.lastModified().toInstant()));
        }
        return infos;
    }

    @Override
    public boolean isReachable() {
        try {
            return client.bucketExists(BucketExistsArgs.builder().bucket(settings.bucket()).build());
        } catch (MinioException | IOException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Releases the HTTP client's threads and connections. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        try {
            http.dispatcher().executorService().awaitTermination(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private StatObjectResponse stat(ObjectKey key) {
        return call(key, () -> client.statObject(StatObjectArgs.builder().bucket(settings.bucket())
                .object(key.value()).build()));
    }

    private byte[] read(ObjectKey key, GetObjectArgs args, long maxBytes) {
        return call(key, () -> {
            try (GetObjectResponse response = client.getObject(args)) {
                return readAtMost(response, maxBytes);
            }
        });
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        return in.readNBytes(Math.toIntExact(Math.min(maxBytes, Integer.MAX_VALUE - 8L)));
    }

    private HttpUrl bucketUrl() {
        return HttpUrl.get(settings.endpoint().toString()).newBuilder().addPathSegment(settings.bucket()).build();
    }

    private static Map<String, String> lowerCaseNames(Map<String, String> metadata) {
        Map<String, String> names = new LinkedHashMap<>();
        metadata.forEach((name, value) -> names.put(name.toLowerCase(Locale.ROOT), value));
        return names;
    }

    private static String unquoted(String eTag) {
        return eTag == null ? null : eTag.replace("\"", "");
    }

    private static <T> T call(ObjectKey key, MinioCall<T> call) {
        try {
            return call.run();
        } catch (ErrorResponseException e) {
            if (key != null && NO_SUCH_KEY.equals(e.errorResponse().code())) {
                throw new ObjectMissingException(key.value());
            }
            throw new UnavailableException("the object server refused a request: " + e.errorResponse().code(), e);
        } catch (MinioException | IOException | GeneralSecurityException e) {
            throw new UnavailableException("the object server is unavailable", e);
        }
    }

    /** One MinIO client call and the checked exceptions it may throw. */
    @FunctionalInterface
    private interface MinioCall<T> {
        T run() throws MinioException, IOException, GeneralSecurityException;
    }
}
