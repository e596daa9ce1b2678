package com.photostore.server.testing;

import com.photostore.server.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/** The server's {@code serve} command in a JVM of its own (so it can be killed with SIGKILL), on a given port. */
public final class ServerProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URI base;

    private ServerProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Starts {@code serve} over this data directory on this port, its output going to {@code log}. */
    public static ServerProcess start(Path home, int port, Path log) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.putAll(RunningServer.TEST_SETTINGS);
        environment.put("PHOTOSTORE_HOME", home.toString());
        environment.put("PORT", Integer.toString(port));
        try {
            return new ServerProcess(builder.start(), URI.create("http://127.0.0.1:" + port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the server answers its readiness check. */
    public ServerProcess awaitReady(Duration wait) {
        Awaitility.await().atMost(wait).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server process ended with status " + process.exitValue());
            }
            try {
                return HTTP.send(HttpRequest.newBuilder(base.resolve("/health/ready")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        return this;
    }

    /** The server's root URI. */
    public URI baseUri() {
        return base;
    }

    /** The JVM's process. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Sends SIGTERM and waits for the JVM to end; answers its exit status. */
    public int terminate(Duration wait) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the server did not stop within " + wait);
        }
        return process.exitValue();
    }

    /** Kills the JVM with SIGKILL, so nothing in it runs on the way out. */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /**
     * Stops the JVM with SIGTERM (SIGKILL after a minute) and then kills whatever of its process tree is left, so no
     * PostgreSQL or Redis of a test outlives it; the children of a JVM already gone are the caller's to check.
     */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.toHandle().descendants().toList();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
                child.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> child).join();
            }
        }
    }
}
