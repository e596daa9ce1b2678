package com.photostore.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.server.testing.RunningServer;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorEndpointsTest {
    private static final String TOKEN = "operator-token-of-forty-characters-long!";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path home;

    @Test
    void onEveryInterfaceOnlyThisMachineOrTheOperatorTokenReadsReadinessAndMetrics() throws Exception {
        InetAddress external = nonLoopbackAddress().orElseThrow(
                () -> new AssertionError("this test needs a network interface with a non-loopback IPv4 address"));
        try (RunningServer server = RunningServer.start(home, Map.of("HOST", "0.0.0.0",
                "PHOTOSTORE_OPERATOR_TOKEN", TOKEN))) {
            int port = server.baseUri().getPort();
            URI outside = URI.create("http://" + external.getHostAddress() + ":" + port);

            assertThat(status(outside.resolve("/metrics"), null)).isEqualTo(404);
            assertThat(status(outside.resolve("/health/ready"), null)).isEqualTo(404);
            assertThat(status(outside.resolve("/metrics"), "Bearer not-" + TOKEN)).isEqualTo(404);
            assertThat(status(outside.resolve("/metrics"), "Bearer " + TOKEN)).isEqualTo(200);
            assertThat(status(outside.resolve("/health/ready"), "Bearer " + TOKEN)).isEqualTo(200);
            assertThat(status(outside.resolve("/health/live"), null)).isEqualTo(200);
            assertThat(status(outside.resolve("/api/v1/openapi.json"), null)).isEqualTo(200);
            assertThat(status(server.baseUri().resolve("/metrics"), null)).isEqualTo(200);
            assertThat(status(server.baseUri().resolve("/health/ready"), null)).isEqualTo(200);
        }
    }

    private static int status(URI uri, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!network.isUp() || network.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
