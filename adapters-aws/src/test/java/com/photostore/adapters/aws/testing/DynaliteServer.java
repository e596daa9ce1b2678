package com.photostore.adapters.aws.testing;

import static org.awaitility.Awaitility.await;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.aws.support.AwsClients;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * A dynalite DynamoDB server from {@code test-tools/node_modules}, spawned with Node on a free port; one is
 * shared by the test JVM and killed, with its children, when the JVM exits.
 */
public final class DynaliteServer implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static DynaliteServer shared;

    private final Process process;
    private final int port;

    private DynaliteServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The server of this test JVM, started on first use. */
    public static synchronized DynaliteServer shared() {
        if (shared == null) {
            shared = start();
            DynaliteServer started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "dynalite-stop"));
        }
        return shared;
    }

    /** A server of its own, for a test that stops it. */
    public static DynaliteServer start() {
        Path root = repositoryRoot();
        Path cli = root.resolve("test-tools/node_modules/dynalite/cli.js");
        if (!Files.isRegularFile(cli)) {
            throw new IllegalStateException("dynalite is not installed; run npm ci in " + root.resolve("test-tools"));
        }
        int port = freePort();
        try {
            Path log = Files.createTempFile("dynalite", ".log");
            log.toFile().deleteOnExit();
            Process process = new ProcessBuilder("node", cli.toString(), "--port", Integer.toString(port),
                    "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            DynaliteServer server = new DynaliteServer(process, port);
            await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(50))
                    .until(() -> server.answers() || !process.isAlive());
            if (!process.isAlive()) {
                throw new IllegalStateException("dynalite exited: " + Files.readString(log));
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Client settings for this server with short timeouts and dummy credentials. */
    public AwsClientSettings settings() {
        return AwsClientSettings.forRegion(Region.US_EAST_1)
                .withEndpoint(endpoint(), StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    /** A client of this server. */
    public DynamoDbClient client() {
        return client(DynamoDbClient.builder());
    }

    /** A client of this server built from a prepared builder (for example with interceptors). */
    public DynamoDbClient client(DynamoDbClientBuilder builder) {
        return AwsClients.build(builder, settings());
    }

    /** Kills the server and every process it started, and waits for them to end. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        for (File dir = new File("").getAbsoluteFile(); dir != null; dir = dir.getParentFile()) {
            if (new File(dir, "mvnw").isFile()) {
                return dir.toPath();
            }
        }
        throw new IllegalStateException("no mvnw above " + new File("").getAbsolutePath());
    }
}
