package com.photostore.adapters.local.objectserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.photostore.adapters.local.minio.MinioObjectStorage;
import com.photostore.adapters.local.minio.MinioStorageSettings;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.domain.photo.ObjectKey;
import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.UploadPolicy;
import com.photostore.port.out.contract.MultipartFormPost;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedObjectServerTest {
    private static final String BUCKET = "photos";
    private static final String IDENTITY = "local-test-access";
    private static final String CREDENTIAL = "local-test-secret";
    private static final String ALLOWED_ORIGIN = "http://localhost:8080";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path directory;

    private final List<ObjectCreatedEvent> events = new CopyOnWriteArrayList<>();

    @Test
    void aBrowserPostAndAnSdkPutEachReportExactlyOneEvent() {
        byte[] original = "an uploaded photo".getBytes(StandardCharsets.UTF_8);
        byte[] thumbnail = new byte[42];
        ObjectKey originalKey = new ObjectKey("users/u1/originals/p1");
        ObjectKey thumbnailKey = new ObjectKey("users/u1/thumbnails/p1.jpg");
        try (EmbeddedObjectServer server = start(0); MinioObjectStorage storage = storage(server)) {
            UploadForm form = storage.presignUpload(new UploadPolicy(originalKey, ContentType.JPEG, 1, 1000,
                    Duration.ofMinutes(5), Map.of()), Instant.now());

            MultipartFormPost.upload(form, "a.jpg", original, ContentType.JPEG.mimeType());
            assertThat(events).singleElement().satisfies(event -> {
                assertThat(event.bucket()).isEqualTo(BUCKET);
                assertThat(event.key()).isEqualTo(originalKey.value());
                assertThat(event.size()).isEqualTo(original.length);
                assertThat(event.eTag()).isEqualTo(storage.head(originalKey).orElseThrow().eTag());
                assertThat(event.sequencer()).isNotBlank();
            });

            storage.writeThumbnail(thumbnailKey, thumbnail);
            assertThat(events).hasSize(2);
            ObjectCreatedEvent put = events.get(1);
            assertThat(put.key()).isEqualTo(thumbnailKey.value());
            assertThat(put.size()).isEqualTo(thumbnail.length);
            assertThat(put.sequencer()).isGreaterThan(events.get(0).sequencer());
            assertThat(put.eventTime()).isAfterOrEqualTo(events.get(0).eventTime());
        }
    }

    @Test
    void aFormPostLargerThanTheUploadLimitIsRefusedBeforeItIsBuffered() throws Exception {
        long limit = 1024 * 1024;
        long body = 3 * Runtime.getRuntime().maxMemory();
        ObjectKey key = new ObjectKey("users/u1/originals/huge");
        try (EmbeddedObjectServer server = EmbeddedObjectServer.start(new ObjectServerSettings(directory, 0, BUCKET,
                IDENTITY, CREDENTIAL, List.of(), ObjectServerSettings.LOOPBACK, limit), events::add);
             MinioObjectStorage storage = storage(server)) {
            UploadForm form = storage.presignUpload(new UploadPolicy(key, ContentType.JPEG, 1, limit,
                    Duration.ofMinutes(5), Map.of()), Instant.now());
            StreamedFormPost post = new StreamedFormPost();

            int status = post.post(form, body, Duration.ofSeconds(60));

            assertThat(status).isEqualTo(400);
            assertThat(post.sent()).as("bytes the server took before refusing").isLessThan(limit + 16L * 1024 * 1024);
            assertThat(storage.head(key)).isEmpty();
            assertThat(events).isEmpty();
        }
    }

    @Test
    void aFormPostOfTheLargestAcceptedFileIsStored() {
        int limit = 1024 * 1024;
        ObjectKey key = new ObjectKey("users/u1/originals/largest");
        try (EmbeddedObjectServer server = EmbeddedObjectServer.start(new ObjectServerSettings(directory, 0, BUCKET,
                IDENTITY, CREDENTIAL, List.of(), ObjectServerSettings.LOOPBACK, limit), events::add);
             MinioObjectStorage storage = storage(server)) {
            UploadForm form = storage.presignUpload(new UploadPolicy(key, ContentType.JPEG, 1, limit,
                    Duration.ofMinutes(5), Map.of()), Instant.now());

            MultipartFormPost.upload(form, "largest.jpg", new byte[limit], ContentType.JPEG.mimeType());

            assertThat(storage.head(key).orElseThrow().size()).isEqualTo(limit);
        }
    }

    @Test
    void storedObjectsSurviveARestartOnTheSameDirectory() {
        ObjectKey key = new ObjectKey("users/u1/thumbnails/kept.jpg");
        byte[] content = new byte[] {1, 2, 3, 4, 5};
        try (EmbeddedObjectServer server = start(0); MinioObjectStorage storage = storage(server)) {
            storage.writeThumbnail(key, content);
        }

        try (EmbeddedObjectServer server = start(0); MinioObjectStorage storage = storage(server)) {
            assertThat(storage.readAll(key, 100)).isEqualTo(content);
            assertThat(storage.head(key).orElseThrow().size()).isEqualTo(content.length);
        }
    }

    @Test
    void aCorsPreflightIsAnsweredForAnAllowedOriginOnly() throws IOException, InterruptedException {
        try (EmbeddedObjectServer server = start(0)) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
            URI bucket = URI.create(server.endpoint() + "/" + BUCKET);

            HttpResponse<String> allowed = client.send(preflight(bucket, ALLOWED_ORIGIN), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> other = client.send(preflight(bucket, "http://evil.example"),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED_ORIGIN);
            assertThat(other.statusCode()).isEqualTo(403);
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void closingStopsTheServersThreadsAndFreesItsPort() {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        EmbeddedObjectServer server = start(0);
        URI endpoint = server.endpoint();
        assertThat(newThreads(before)).isNotEmpty();

        server.close();
        server.close();

        await().atMost(TIMEOUT).pollInSameThread().untilAsserted(() -> assertThat(newThreads(before)).isEmpty());
        assertThatThrownBy(() -> new Socket(endpoint.getHost(), endpoint.getPort()).close())
                .isInstanceOf(ConnectException.class);
    }

    private EmbeddedObjectServer start(int port) {
        return EmbeddedObjectServer.start(new ObjectServerSettings(directory, port, BUCKET, IDENTITY, CREDENTIAL,
                List.of(ALLOWED_ORIGIN)), events::add);
    }

    private static MinioObjectStorage storage(EmbeddedObjectServer server) {
        return new MinioObjectStorage(new MinioStorageSettings(server.endpoint(), BUCKET, IDENTITY, CREDENTIAL));
    }

    private static HttpRequest preflight(URI url, String origin) {
        return HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build();
    }

    private static Set<String> newThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && thread.isAlive())
                .map(Thread::getName)
                .collect(Collectors.toSet());
    }
}
