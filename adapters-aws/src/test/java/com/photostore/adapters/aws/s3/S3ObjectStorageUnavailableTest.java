package com.photostore.adapters.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.aws.testing.S3ProxyServer;
import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.photo.ObjectKey;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** A stopped S3 server surfaces as an unavailable backend, quickly, never as an SDK exception or a hang. */
class S3ObjectStorageUnavailableTest {
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("access", "secret"));
    private static S3ObjectStorage storage;

    @BeforeAll
    static void storageOfAStoppedServer() {
        S3ProxyServer server = S3ProxyServer.start();
        AwsClientSettings settings = server.settings()
                .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(500), Duration.ofSeconds(1));
        server.close();
        storage = S3ObjectStorage.create(settings, "photos");
    }

    @AfterAll
    static void closeStorage() {
        storage.close();
    }

    @Test
    void everyCallFailsAsUnavailable() {
        ObjectKey key = new ObjectKey("a/b");

        assertThatThrownBy(() -> storage.head(key)).isInstanceOf(UnavailableException.class);
        assertThatThrownBy(() -> storage.readRange(key, 0, 10)).isInstanceOf(UnavailableException.class);
        assertThatThrownBy(() -> storage.readAll(key, 10)).isInstanceOf(UnavailableException.class);
        assertThatThrownBy(() -> storage.writeThumbnail(key, new byte[1])).isInstanceOf(UnavailableException.class);
        assertThatThrownBy(() -> storage.delete(List.of(key))).isInstanceOf(UnavailableException.class);
        assertThatThrownBy(() -> storage.list("a/", Optional.empty(), 10)).isInstanceOf(UnavailableException.class);
    }

    @Test
    void theStoreIsNotReachable() {
        assertThat(storage.isReachable()).isFalse();
    }

    @Test
    void aServerThatNeverAnswersTimesOutAsUnavailable() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             S3ObjectStorage silentStorage = S3ObjectStorage.create(AwsClientSettings.forRegion(Region.US_EAST_1)
                     .withEndpoint(URI.create("http://127.0.0.1:" + silent.getLocalPort()), CREDENTIALS)
                     .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(500), Duration.ofSeconds(1)), "photos")) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> silentStorage.head(new ObjectKey("a/b"))).isInstanceOf(UnavailableException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(silentStorage.isReachable()).isFalse();
        }
    }
}
