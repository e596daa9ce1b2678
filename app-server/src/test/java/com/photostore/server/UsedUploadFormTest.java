package com.photostore.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.photostore.server.testing.Library;
import com.photostore.server.testing.RunningServer;
import com.photostore.server.testing.SharedPhotos;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Other bytes posted through a photo's still-valid upload form after it is READY (an HTML page of the same size)
 * never reach what its original link serves: the posted file is discarded, and the discard is a security event.
 */
class UsedUploadFormTest {
    private static final Duration PROCESSING = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theOriginalLinkServesTheVerifiedBytesAfterASecondPostThroughTheForm() throws Exception {
        byte[] photo = SharedPhotos.read("jpg/Canon_40D.jpg");
        try (RunningServer server = RunningServer.start()) {
            Library dave = Library.signUp(server.baseUri(), "form-dave");
            JsonNode ticket = dave.requestUpload("Canon_40D.jpg", photo);
            String id = ticket.get("photoId").asText();
            assertThat(ticket.get("upload").get("fields").get("key").asText()).startsWith("uploads/");
            assertThat(dave.client().postForm(ticket.get("upload"), "Canon_40D.jpg", "image/jpeg", photo)).isEqualTo(204);
            JsonNode ready = dave.awaitProcessed(id, PROCESSING);
            assertThat(ready.get("status").asText()).isEqualToIgnoringCase("ready");
            byte[] thumbnail = getBytes(URI.create(ready.get("urls").get("thumbnail").asText())).body();
            byte[] html = Arrays.copyOf("<html><script>alert(document.domain)</script>".getBytes(StandardCharsets.UTF_8),
                    photo.length);
            Arrays.fill(html, 46, html.length, (byte) ' ');

            int second = dave.client().postForm(ticket.get("upload"), "Canon_40D.jpg", "image/jpeg", html);

            assertThat(second).isEqualTo(204);
            await().atMost(PROCESSING).pollInterval(Duration.ofMillis(100))
                    .until(() -> get(server.baseUri().resolve("/metrics")).body(),
                            metrics -> metrics.matches("(?s).*photostore_security_events_total\\{kind=\"upload_rejected\"[^}]*} 1\\.0.*"));
            JsonNode after = dave.photo(id);
            HttpResponse<byte[]> original = getBytes(URI.create(after.get("urls").get("original").asText()));
            assertThat(original.statusCode()).isEqualTo(200);
            assertThat(original.body()).isEqualTo(photo);
            assertThat(original.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(getBytes(URI.create(after.get("urls").get("thumbnail").asText())).body()).isEqualTo(thumbnail);
            assertThat(after.get("status")).isEqualTo(ready.get("status"));
            assertThat(after.get("width")).isEqualTo(ready.get("width"));
        }
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
