package com.photostore.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.server.testing.Library;
import com.photostore.server.testing.SharedServer;
import com.photostore.server.testing.SharedPhotos;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServerLifecycleTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final SharedServer server = new SharedServer();

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessAnswersAndReadinessNamesEveryBackendUp() throws Exception {
        HttpResponse<String> live = get(server.baseUri().resolve("/health/live"));
        HttpResponse<String> ready = get(server.baseUri().resolve("/health/ready"));

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonNode backends = JSON.readTree(ready.body()).get("backends");
        assertThat(backends.fieldNames()).toIterable().contains("PostgreSQL", "Redis", "object storage",
                "upload queue", "embedded PostgreSQL", "embedded Redis", "embedded object server", "in-process ElasticMQ");
        backends.forEach(state -> assertThat(state.asText()).isEqualTo("up"));
    }

    @Test
    void aRealPhotoBecomesReadyWithExifAndThumbnails() throws Exception {
        Library alice = Library.signUp(server.baseUri(), "lifecycle-alice");
        String id = alice.upload("Canon_40D.jpg", SharedPhotos.read("jpg/Canon_40D.jpg"), "test");

        JsonNode photo = alice.awaitProcessed(id, Duration.ofSeconds(20));

        assertThat(photo.get("status").asText()).isEqualTo("ready");
        assertThat(photo.get("camera").get("make").asText()).isEqualTo("Canon");
        assertThat(photo.get("width").asInt()).isPositive();
        for (String size : new String[] {"thumbnail", "preview", "original"}) {
            HttpResponse<byte[]> image = HTTP.send(HttpRequest.newBuilder(URI.create(photo.get("urls").get(size)
                    .asText())).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.statusCode()).as(size).isEqualTo(200);
            assertThat(image.body()).as(size).startsWith(0xff, 0xd8);
        }
    }

    @Test
    void metricsReportRequestLatencyPerRouteAndTheIngestQueue() throws Exception {
        get(server.baseUri().resolve("/api/v1/photos"));

        HttpResponse<String> metrics = get(server.baseUri().resolve("/metrics"));

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("text/plain"));
        assertThat(metrics.body())
                .contains("photostore_http_requests_seconds_bucket{method=\"GET\",route=\"/api/v1/photos\",status=\"401\"")
                .contains("photostore_ingest_queue_depth")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void unknownApiPathsAnswerProblemJsonAndTheOpenApiDocumentIsServed() throws Exception {
        HttpResponse<String> unknown = get(server.baseUri().resolve("/api/v1/nothing/here"));
        HttpResponse<String> document = get(server.baseUri().resolve("/api/v1/openapi.json"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(document.body()).get("openapi").asText()).startsWith("3.1");
    }

    @Test
    void anOversizedBodyIsRefusedWithoutBeingRead() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve("/api/v1/users"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[5 * 1024 * 1024])).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
    }
}
