package com.photostore.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.photostore.adapters.local.config.LocalStackConfig;
import com.photostore.adapters.local.config.PhotostoreHome;
import com.photostore.adapters.local.objectserver.EmbeddedObjectServer;
import com.photostore.adapters.local.objectserver.ObjectServerSettings;
import com.photostore.domain.photo.UploadForm;
import com.photostore.port.out.contract.MultipartFormPost;
import com.photostore.server.testing.Library;
import com.photostore.server.testing.RunningServer;
import com.photostore.server.testing.SharedPhotos;
import com.photostore.server.wiring.LocalStack;
import com.photostore.server.wiring.ObjectServerKey;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartTest {
    private static final Duration INGEST = Duration.ofSeconds(30);

    @TempDir
    Path home;

    @Test
    void photosTagsAndAccountsSurviveARestartAndAFileStoredWhileDownIsIngestedAtStart() {
        String ready;
        JsonNode waiting;
        byte[] late = SharedPhotos.read("jpg/Nikon_D70.jpg");
        try (RunningServer first = RunningServer.start(home, Map.of())) {
            Library alice = Library.signUp(first.baseUri(), "restart-alice");
            ready = alice.upload("Canon_40D.jpg", SharedPhotos.read("jpg/Canon_40D.jpg"), "holiday", "canon");
            assertThat(alice.awaitProcessed(ready, INGEST).get("status").asText()).isEqualTo("ready");
            waiting = alice.requestUpload("Nikon_D70.jpg", late, "late");
        }

        storeWhileTheServerIsDown(waiting, late);

        try (RunningServer second = RunningServer.start(home, Map.of())) {
            Library alice = Library.logIn(second.baseUri(), "restart-alice");
            JsonNode kept = alice.photo(ready);
            assertThat(kept.get("status").asText()).isEqualTo("ready");
            assertThat(kept.get("tags")).extracting(JsonNode::asText).containsExactlyInAnyOrder("holiday", "canon");
            JsonNode arrived = alice.awaitProcessed(waiting.get("photoId").asText(), INGEST);
            assertThat(arrived.get("status").asText()).isEqualTo("ready");
            assertThat(arrived.get("camera").get("make").asText()).startsWith("NIKON");
            JsonNode tags = alice.client().call("GET", "/api/v1/tags", null).body().get("items");
            assertThat(tags).extracting(tag -> tag.get("tag").asText()).contains("holiday", "canon", "late");
        }
    }

    /** Posts the upload form to the object server alone, as a browser would have while the server was stopped. */
    private void storeWhileTheServerIsDown(JsonNode ticket, byte[] content) {
        PhotostoreHome photostoreHome = PhotostoreHome.at(home);
        ObjectServerSettings settings = new ObjectServerSettings(photostoreHome.subdirectory(LocalStack.OBJECTS_DIRECTORY),
                0, LocalStackConfig.DEFAULT_BUCKET, LocalStack.OBJECT_SERVER_IDENTITY,
                ObjectServerKey.readOrCreate(photostoreHome), List.of());
        try (EmbeddedObjectServer alone = EmbeddedObjectServer.start(settings, event -> { })) {
            Map<String, String> fields = new LinkedHashMap<>();
            ticket.get("upload").get("fields").fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
            URI url = alone.endpoint().resolve("/" + LocalStackConfig.DEFAULT_BUCKET);
            MultipartFormPost.upload(new UploadForm(url, fields, Instant.parse(ticket.get("expiresAt").asText())),
                    "Nikon_D70.jpg", content, "image/jpeg");
        }
    }
}
