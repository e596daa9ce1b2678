package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.domain.photo.UploadForm;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MultipartFormPostTest {
    private final AtomicReference<String> contentType = new AtomicReference<>();
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(204);
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/bucket", exchange -> {
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void postsEveryFieldThenTheFileAsMultipart() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", "users/u/originals/p");
        fields.put("Content-Type", "image/jpeg");
        fields.put("policy", "eyJleHBpcmF0aW9uIjoiIn0");

        MultipartFormPost.upload(form(fields), "Holiday.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}, "image/jpeg");

        String boundary = contentType.get().substring(contentType.get().indexOf("boundary=") + "boundary=".length());
        assertThat(contentType.get()).startsWith("multipart/form-data; boundary=");
        assertThat(body.get())
                .containsSubsequence("name=\"key\"\r\n\r\nusers/u/originals/p\r\n",
                        "name=\"Content-Type\"\r\n\r\nimage/jpeg\r\n",
                        "name=\"policy\"\r\n\r\neyJleHBpcmF0aW9uIjoiIn0\r\n",
                        "name=\"file\"; filename=\"Holiday.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\u00FF\u00D8\u0001\u0002\r\n")
                .endsWith("--" + boundary + "--\r\n");
    }

    @Test
    void aRefusedUploadFails() {
        status.set(403);

        assertThatThrownBy(() -> MultipartFormPost.upload(form(Map.of("key", "k")), "a.jpg", new byte[1], "image/jpeg"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("403");
    }

    private UploadForm form(Map<String, String> fields) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/bucket");
        return new UploadForm(url, fields, Instant.now().plusSeconds(60));
    }
}
