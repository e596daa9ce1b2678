package com.photostore.server.testing;

import com.photostore.server.runtime.PhotostoreServer;
import com.photostore.server.wiring.ServerLauncher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A Photostore server on the local stack in this JVM, over its own data directory, on a free port. */
public final class RunningServer implements AutoCloseable {
    /** Log-in and sign-up limits high enough that a test suite never locks its own address out. */
    public static final Map<String, String> TEST_SETTINGS = Map.of(
            "PHOTOSTORE_LOGIN_ADDRESS_MAXFAILURES", "100000",
            "PHOTOSTORE_SIGNUP_ADDRESS_MAXATTEMPTS", "100000");

    private final Path home;
    private final PhotostoreServer server;

    private RunningServer(Path home, PhotostoreServer server) {
        this.home = home;
        this.server = server;
    }

    /** Starts a server over a fresh data directory. */
    public static RunningServer start() {
        try {
            return start(Files.createTempDirectory("photostore-home"), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a server over this data directory with these extra environment variables. */
    public static RunningServer start(Path home, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(TEST_SETTINGS);
        environment.put("PHOTOSTORE_HOME", home.toString());
        environment.put("PORT", "0");
        environment.putAll(extra);
        return new RunningServer(home, ServerLauncher.launch(environment));
    }

    /** The server's root URI. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** The data directory. */
    public Path home() {
        return home;
    }

    /** Stops the server (and the embedded backends); the data directory stays. */
    @Override
    public void close() {
        server.close();
    }
}
