package com.photostore.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.server.testing.SharedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebAppServingTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    @RegisterExtension
    static final SharedServer server = new SharedServer();

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRootServesTheWebAppUnderAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("<script type=\"module\"");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'");
        URI objectStore = URI.create(policy.replaceAll(".*img-src 'self' blob: data: (\\S+);.*", "$1"));
        assertThat(objectStore.getScheme()).isEqualTo("http");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void scriptsAndStylesAreServedWithTheirTypes() throws Exception {
        assertThat(get("/js/main.js").headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).matches("(text|application)/javascript.*"));
        assertThat(get("/css/app.css").headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/css"));
    }

    @Test
    void theObjectStoreAcceptsUploadPreflightsFromTheWebAppOrigin() throws Exception {
        String policy = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        URI objectStore = URI.create(policy.replaceAll(".*connect-src 'self' (\\S+);.*", "$1"));
        String origin = "http://localhost:" + server.baseUri().getPort();

        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(objectStore.resolve("/photostore"))
                .timeout(Duration.ofSeconds(10)).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(origin);
    }
}
