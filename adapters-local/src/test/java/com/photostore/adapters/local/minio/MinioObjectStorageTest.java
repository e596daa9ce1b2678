package com.photostore.adapters.local.minio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.adapters.local.objectserver.EmbeddedObjectServer;
import com.photostore.adapters.local.objectserver.ObjectServerSettings;
import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.photo.FileName;
import com.photostore.domain.photo.ObjectKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinioObjectStorageTest {
    private static final String BUCKET = "photos";
    private static final String IDENTITY = "local-test-access";
    private static final String CREDENTIAL = "local-test-secret";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path directory;

    @Test
    void aThumbnailIsServedThroughADownloadUrlWithALongLivedCacheControl() throws IOException, InterruptedException {
        ObjectKey key = new ObjectKey("users/u1/thumbnails/p1.jpg");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
        try (EmbeddedObjectServer server = start(); MinioObjectStorage storage = storage(server.endpoint())) {
            storage.writeThumbnail(key, jpeg);
            URI url = storage.presignDownload(key, Instant.now(), Duration.ofMinutes(5),
                    Optional.of("attachment; filename=\"p1.jpg\""));

            HttpResponse<byte[]> response = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()
                    .send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(jpeg);
            assertThat(response.headers().firstValue("Cache-Control")).contains(MinioObjectStorage.IMMUTABLE_CACHE_CONTROL);
            assertThat(response.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"p1.jpg\"");
        }
    }

    @Test
    void aDownloadUrlCarriesAnyFileNameInItsContentDisposition() throws IOException, InterruptedException {
        ObjectKey key = new ObjectKey("users/u1/originals/p2");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 4, 5, 6};
        String disposition = new FileName("Été 2026 (copy) * 'best'.jpg").contentDisposition(false);
        try (EmbeddedObjectServer server = start(); MinioObjectStorage storage = storage(server.endpoint())) {
            storage.writeThumbnail(key, jpeg);
            URI url = storage.presignDownload(key, Instant.now(), Duration.ofMinutes(5), Optional.of(disposition));

            HttpResponse<byte[]> response = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()
                    .send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(jpeg);
            assertThat(response.headers().firstValue("Content-Disposition")).contains(disposition);
        }
    }

    @Test
    void aStoppedServerIsUnreachableAndItsCallsFailAsUnavailable() {
        URI endpoint;
        try (EmbeddedObjectServer server = start()) {
            endpoint = server.endpoint();
        }

        try (MinioObjectStorage storage = storage(endpoint)) {
            assertThat(storage.isReachable()).isFalse();
            assertThatThrownBy(() -> storage.head(new ObjectKey("users/u1/originals/p1")))
                    .isInstanceOf(UnavailableException.class)
                    .hasMessageNotContaining(CREDENTIAL);
            assertThatThrownBy(() -> storage.writeThumbnail(new ObjectKey("users/u1/thumbnails/p1.jpg"), new byte[1]))
                    .isInstanceOf(UnavailableException.class);
        }
    }

    private EmbeddedObjectServer start() {
        return EmbeddedObjectServer.start(new ObjectServerSettings(directory, 0, BUCKET, IDENTITY, CREDENTIAL, List.of()),
                event -> { });
    }

    private static MinioObjectStorage storage(URI endpoint) {
        return new MinioObjectStorage(new MinioStorageSettings(endpoint, BUCKET, IDENTITY, CREDENTIAL));
    }
}
