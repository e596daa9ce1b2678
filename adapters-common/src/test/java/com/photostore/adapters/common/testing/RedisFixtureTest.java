package com.photostore.adapters.common.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisFixtureTest {

    @Test
    void everyTestOfTheJvmSharesOneAnsweringServer() throws IOException {
        RunningRedis shared = RedisFixture.shared();

        assertThat(RedisFixture.shared()).isSameAs(shared);
        assertThat(ping(shared)).isEqualTo("+PONG");
    }

    @Test
    void aDedicatedServerIsAnotherOneAndStopsWhenClosed() throws IOException {
        RunningRedis dedicated = RedisFixture.startDedicated();
        try {
            assertThat(dedicated.uri()).isNotEqualTo(RedisFixture.shared().uri());
            assertThat(ping(dedicated)).isEqualTo("+PONG");
        } finally {
            dedicated.close();
        }

        assertThatThrownBy(() -> ping(dedicated)).isInstanceOf(IOException.class);
    }

    @Test
    void prefixesAreUniqueAndNamed() {
        assertThat(RedisFixture.uniquePrefix("sessions"))
                .startsWith("photostore-test:sessions:")
                .endsWith(":")
                .isNotEqualTo(RedisFixture.uniquePrefix("sessions"));
    }

    @Test
    void theDockerProbeAnswersQuickly() {
        boolean available = assertTimeoutPreemptively(Duration.ofSeconds(10), DockerProbe::engineAvailable);

        assertThat(assertTimeoutPreemptively(Duration.ofMillis(100), DockerProbe::engineAvailable)).isEqualTo(available);
    }

    private static String ping(RunningRedis redis) throws IOException {
        try (Socket socket = new Socket(redis.host(), redis.port())) {
            socket.setSoTimeout(2_000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = new byte[7];
            int read = in.readNBytes(reply, 0, reply.length);
            return new String(reply, 0, read, StandardCharsets.US_ASCII).trim();
        }
    }
}
