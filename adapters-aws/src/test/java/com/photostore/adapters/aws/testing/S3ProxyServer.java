package com.photostore.adapters.aws.testing;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.aws.support.AwsClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** An in-process S3 server (s3proxy on a filesystem blob store) on a free loopback port, stopped at JVM exit. */
public final class S3ProxyServer implements AutoCloseable {
    public static final String ACCESS_KEY = "photostore-test-access";
    public static final String SECRET_KEY = "photostore-test-secret";

    private final S3Proxy proxy;
    private final Path directory;
    private final URI endpoint;
    private boolean stopped;

    private S3ProxyServer(S3Proxy proxy, Path directory, URI endpoint) {
        this.proxy = proxy;
        this.directory = directory;
        this.endpoint = endpoint;
    }

    /** Starts a server with an empty store in a fresh temporary directory. */
    public static S3ProxyServer start() {
        try {
            Path directory = Files.createTempDirectory("s3proxy");
            URI endpoint = URI.create("http://127.0.0.1:" + freePort());
            Properties properties = new Properties();
            properties.setProperty("jclouds.provider", "filesystem-nio2");
            properties.setProperty("jclouds.filesystem.basedir", directory.toString());
            properties.setProperty("s3proxy.endpoint", endpoint.toString());
            properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
            properties.setProperty("s3proxy.identity", ACCESS_KEY);
            properties.setProperty("s3proxy.credential", SECRET_KEY);
            BlobStore store = BlobStores.create("filesystem-nio2", properties);
            S3Proxy proxy = S3Proxy.Builder.fromProperties(properties).blobStore(store).build();
            proxy.start();
            S3ProxyServer server = new S3ProxyServer(proxy, directory, endpoint);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not start", e);
        }
    }

    /** The server's base URL. */
    public URI endpoint() {
        return endpoint;
    }

    /** Client settings that talk to this server with its credentials. */
    public AwsClientSettings settings() {
        return AwsClientSettings.forRegion(Region.US_EAST_1)
                .withEndpoint(endpoint, StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)));
    }

    /** Creates a bucket. */
    public void createBucket(String bucket) {
        try (S3Client client = AwsClients.build(S3Client.builder().forcePathStyle(true), settings())) {
            client.createBucket(request -> request.bucket(bucket));
        }
    }

    /** Stops the server and deletes its files; stopping twice does nothing. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not stop", e);
        } finally {
            deleteRecursively(directory);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
