package com.photostore.adapters.local.objectserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.blobstore.BlobStore;

/**
 * An S3-compatible server in this process (s3proxy on a filesystem blob store under a directory that outlives
 * restarts), bound to the loopback address, that reports every stored object to an {@link ObjectCreatedListener}
 * and stops reading a request once it is longer than the largest upload and its form.
 */
public final class EmbeddedObjectServer implements AutoCloseable {
    private static final String CORS_METHODS = "GET HEAD PUT POST";
    private static final String CORS_HEADERS = "Authorization Content-Type Content-Length Range X-Amz-Date "
            + "X-Amz-Content-Sha256 X-Amz-Security-Token";
    private static final String CORS_EXPOSED = "ETag Content-Length Content-Range";
    /** Room in a form post for its fields (key, policy, signature, …) and part headers beside the file. */
    static final long FORM_OVERHEAD_BYTES = 64L * 1024;

    private final S3Proxy proxy;
    private final BlobStore store;
    private final URI endpoint;
    private boolean stopped;

    private EmbeddedObjectServer(S3Proxy proxy, BlobStore store, URI endpoint) {
        this.proxy = proxy;
        this.store = store;
        this.endpoint = endpoint;
    }

    /** Starts a server with these settings, creating the bucket and the directory if they are absent. */
    public static EmbeddedObjectServer start(ObjectServerSettings settings, ObjectCreatedListener listener) {
        Objects.requireNonNull(listener, "listener");
        try {
            Files.createDirectories(settings.directory());
            int port = settings.port() == 0 ? freePort() : settings.port();
            URI bound = URI.create("http://" + settings.bindHost() + ":" + port);
            URI endpoint = settings.bindHost().equals("0.0.0.0")
                    ? URI.create("http://" + ObjectServerSettings.LOOPBACK + ":" + port) : bound;
            Properties properties = properties(settings, bound);
            BlobStore store = new ReportingBlobStore(BlobStores.create("filesystem-nio2", properties), listener,
                    Clock.systemUTC());
            if (!store.containerExists(settings.bucket())) {
                store.createContainer(settings.bucket());
            }
            S3Proxy proxy = S3Proxy.Builder.fromProperties(properties).blobStore(store).build();
            proxy.start();
            return new EmbeddedObjectServer(proxy, store, endpoint);
        } catch (IOException e) {
            throw new UncheckedIOException("the object server could not prepare " + settings.directory(), e);
        } catch (Exception e) {
            throw new IllegalStateException("the object server did not start", e);
        }
    }

    /** The server's base URL on this machine. */
    public URI endpoint() {
        return endpoint;
    }

    /** Stops the server; stopping twice does nothing. The stored objects stay in the directory. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            proxy.stop();
            store.close();
        } catch (Exception e) {
            throw new IllegalStateException("the object server did not stop", e);
        }
    }

    private static Properties properties(ObjectServerSettings settings, URI endpoint) {
        Properties properties = new Properties();
        properties.setProperty("jclouds.provider", "filesystem-nio2");
        properties.setProperty("jclouds.filesystem.basedir", settings.directory().toAbsolutePath().toString());
        properties.setProperty("s3proxy.endpoint", endpoint.toString());
        properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        // Clients signing with temporary credentials send X-Amz-Security-Token, which S3 accepts and s3proxy would refuse.
        properties.setProperty("s3proxy.ignore-unknown-headers", "true");
        properties.setProperty("s3proxy.identity", settings.identity());
        properties.setProperty("s3proxy.credential", settings.credential());
        // s3proxy parses a form post in memory up to this length before it looks at the form; beyond it, it refuses.
        properties.setProperty("s3proxy.v4-max-non-chunked-request-size",
                Long.toString(settings.maxUploadBytes() + FORM_OVERHEAD_BYTES));
        List<String> origins = settings.corsAllowedOrigins();
        if (!origins.isEmpty()) {
            properties.setProperty("s3proxy.cors-allow-origins", String.join(" ", origins));
            properties.setProperty("s3proxy.cors-allow-methods", CORS_METHODS);
            properties.setProperty("s3proxy.cors-allow-headers", CORS_HEADERS);
            properties.setProperty("s3proxy.cors-exposed-headers", CORS_EXPOSED);
        }
        return properties;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
