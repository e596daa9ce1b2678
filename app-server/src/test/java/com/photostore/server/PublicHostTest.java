package com.photostore.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.photostore.server.testing.Library;
import com.photostore.server.testing.RunningServer;
import com.photostore.server.testing.SharedPhotos;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicHostTest {
    @TempDir
    Path home;

    @Test
    void onEveryInterfaceTheUrlsNameThePublicHost() throws Exception {
        try (RunningServer server = RunningServer.start(home, Map.of("HOST", "0.0.0.0",
                "PHOTOSTORE_PUBLIC_HOST", "localhost"))) {
            URI base = URI.create("http://localhost:" + server.baseUri().getPort());
            Library carol = Library.signUp(base, "public-carol");
            JsonNode ticket = carol.requestUpload("Canon_40D.jpg", SharedPhotos.read("jpg/Canon_40D.jpg"));
            String id = carol.upload("Nikon_D70.jpg", SharedPhotos.read("jpg/Nikon_D70.jpg"));
            JsonNode photo = carol.awaitProcessed(id, Duration.ofSeconds(30));

            assertThat(URI.create(ticket.get("upload").get("url").asText()).getHost()).isEqualTo("localhost");
            URI thumbnail = URI.create(photo.get("urls").get("thumbnail").asText());
            assertThat(thumbnail.getHost()).isEqualTo("localhost");
            HttpResponse<byte[]> image = HttpClient.newHttpClient().send(HttpRequest.newBuilder(thumbnail)
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.statusCode()).isEqualTo(200);
        }
    }
}
