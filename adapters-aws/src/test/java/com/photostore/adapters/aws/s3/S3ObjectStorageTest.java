package com.photostore.adapters.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.aws.testing.S3ProxyServer;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ObjectKey;
import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.UploadPolicy;
import com.photostore.port.out.contract.MultipartFormPost;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** What the S3 storage adds to the contract: the server enforces the form's policy, thumbnails are cacheable, URLs download. */
class S3ObjectStorageTest {
    private static final String BUCKET = "photos";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static S3StorageFixture fixture;
    private static S3ProxyServer server;
    private static S3ObjectStorage storage;

    @BeforeAll
    static void startServer() {
        fixture = S3StorageFixture.start(BUCKET);
        server = fixture.server();
        storage = fixture.storage();
    }

    @AfterAll
    static void stopServer() {
        fixture.close();
    }

    @Test
    void theFormPostsToThePathStyleBucketUrlWithSignedFields() {
        UploadForm form = storage.presignUpload(policy(key(), 1, 100), Instant.now());

        assertThat(form.url()).isEqualTo(URI.create(server.endpoint() + "/" + BUCKET));
        assertThat(form.fields()).containsKeys("key", "Content-Type", "x-amz-meta-file-name", "policy",
                "x-amz-algorithm", "x-amz-credential", "x-amz-date", "x-amz-signature");
        assertThat(form.fields().get("x-amz-credential")).startsWith(S3ProxyServer.ACCESS_KEY + "/");
        assertThat(form.fields().values()).noneMatch(value -> value.contains(S3ProxyServer.SECRET_KEY));
    }

    @Test
    void theServerRefusesAFileOfAnotherContentType() throws Exception {
        ObjectKey key = key();
        UploadForm form = withField(storage.presignUpload(policy(key, 1, 100), Instant.now()), "Content-Type", "text/html");

        HttpResponse<String> response = MultipartFormPost.send(form, "page.html", "<script></script>".getBytes(StandardCharsets.UTF_8), "text/html");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(storage.head(key)).isEmpty();
    }

    @Test
    void theServerRefusesAFileLargerThanThePolicyAllows() throws Exception {
        ObjectKey key = key();
        UploadForm form = storage.presignUpload(policy(key, 1, 100), Instant.now());

        HttpResponse<String> response = MultipartFormPost.send(form, "big.jpg", new byte[101], "image/jpeg");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("EntityTooLarge");
        assertThat(storage.head(key)).isEmpty();
    }

    @Test
    void theServerRefusesAFormWhoseSignatureDoesNotMatch() throws Exception {
        ObjectKey key = key();
        UploadForm form = withField(storage.presignUpload(policy(key, 1, 100), Instant.now()), "x-amz-signature",
                "0".repeat(64));

        HttpResponse<String> response = MultipartFormPost.send(form, "a.jpg", new byte[10], "image/jpeg");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(storage.head(key)).isEmpty();
    }

    @Test
    void thumbnailsAreStoredAsImmutableForAYear() {
        ObjectKey key = key();

        storage.writeThumbnail(key, new byte[] {1, 2, 3});

        try (S3Client client = AwsClients.build(S3Client.builder().forcePathStyle(true), server.settings())) {
            assertThat(client.headObject(request -> request.bucket(BUCKET).key(key.value())).cacheControl())
                    .isEqualTo("private, max-age=31536000, immutable");
        }
    }

    @Test
    void aPresignedDownloadUrlServesTheObjectWithTheRequestedDisposition() throws Exception {
        ObjectKey key = key();
        storage.writeThumbnail(key, "jpeg bytes".getBytes(StandardCharsets.UTF_8));
        URI url = storage.presignDownload(key, Instant.now().truncatedTo(ChronoUnit.SECONDS), Duration.ofMinutes(5),
                Optional.of("attachment; filename=\"thumb.jpg\""));

        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()
                .send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(url.toString()).startsWith(server.endpoint() + "/" + BUCKET + "/" + key.value() + "?")
                .contains("X-Amz-Expires=300");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("jpeg bytes");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"thumb.jpg\"");
    }

    @Test
    void aDownloadUrlIsSignedAtTheGivenInstant() {
        Instant signedAt = Instant.parse("2026-11-26T07:00:00Z");

        URI url = storage.presignDownload(key(), signedAt, Duration.ofHours(2), Optional.empty());

        assertThat(url.getQuery()).contains("X-Amz-Date=20261126T070000Z").contains("X-Amz-Expires=7200");
    }

    @Test
    void readAllTakesAnyLimit() {
        ObjectKey key = key();
        storage.writeThumbnail(key, new byte[] {7, 8, 9});

        assertThat(storage.readAll(key, Long.MAX_VALUE)).containsExactly(7, 8, 9);
        assertThat(storage.readAll(key, 3)).containsExactly(7, 8, 9);
    }

    @Test
    void deletesMoreKeysThanOneRequestTakes() {
        ObjectKey kept = key();
        ObjectKey last = key();
        storage.writeThumbnail(kept, new byte[] {1});
        storage.writeThumbnail(last, new byte[] {1});
        List<ObjectKey> keys = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            keys.add(key());
        }
        keys.add(last);

        storage.delete(keys);

        assertThat(storage.head(last)).isEmpty();
        assertThat(storage.head(kept)).isPresent();
    }

    private static UploadForm withField(UploadForm form, String name, String value) {
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.put(name, value);
        return new UploadForm(form.url(), fields, form.expiresAt());
    }

    private static ObjectKey key() {
        return new ObjectKey("s3-test/" + UUID.randomUUID());
    }

    private static UploadPolicy policy(ObjectKey key, long min, long max) {
        return new UploadPolicy(key, ContentType.JPEG, min, max, Duration.ofMinutes(5), Map.of("file-name", "a.jpg"));
    }
}
