package com.photostore.adapters.local.redis;

import com.photostore.adapters.local.support.OwnerOnlyFiles;
import com.photostore.adapters.local.support.ProcessStarts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Launches a {@code redis-server} ({@link RedisBinary}) with an owner-only configuration file holding its password
 * (never on the command line, which every local user can read) and waits until it accepts connections.
 */
final class RedisProcess {
    static final Duration START_WAIT = Duration.ofSeconds(20);
    private static final String READY = "Ready to accept connections";
    private static final String CONFIG_FILE = "redis.conf";

    private RedisProcess() {
    }

    /** Starts the server over {@code directory} on {@code host:port}; fails if it does not get ready in time. */
    static Process launch(RedisBinary binary, Path directory, Path pidFile, String host, int port, String password)
            throws IOException {
        Path config = directory.resolve(CONFIG_FILE);
        OwnerOnlyFiles.write(config, "requirepass \"" + password + "\"\n");
        Process process = ProcessStarts.start(new ProcessBuilder(List.of(binary.path().toString(), config.toString(),
                "--port", Integer.toString(port), "--bind", host, "--dir", directory.toString(),
                "--pidfile", pidFile.toString(), "--daemonize", "no", "--appendonly", "yes",
                "--appendfsync", "everysec", "--save", "", "--protected-mode", "yes"))
                .directory(directory.toFile())
                .redirectErrorStream(true));
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> drain(process, ready), "redis-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (ready.get(START_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return process;
            }
            throw new IllegalStateException("redis-server ended before it was ready (exit status "
                    + process.waitFor() + ")");
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("redis-server was not ready within " + START_WAIT, e);
        } catch (ExecutionException e) {
            process.destroyForcibly();
            throw new IllegalStateException("redis-server's output could not be read", e.getCause());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while redis-server started", e);
        }
    }

    /** Reads the server's output to its end, so the pipe never fills, completing {@code ready} on the ready line. */
    private static void drain(Process process, CompletableFuture<Boolean> ready) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.contains(READY)) {
                    ready.complete(true);
                }
            }
            ready.complete(false);
        } catch (IOException e) {
            ready.completeExceptionally(new UncheckedIOException(e));
        }
    }
}
