package com.photostore.adapters.local.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A main class of the test classpath run in a JVM of its own, which prints {@code READY <pid>} once its server is up
 * and can then be killed as {@code kill -9} would.
 */
public final class SeparateJvm implements AutoCloseable {
    public static final String READY = "READY ";

    private final Process process;
    private final CompletableFuture<Long> ready;

    private SeparateJvm(Process process) {
        this.process = process;
        this.ready = CompletableFuture.supplyAsync(this::readyPid);
    }

    /** Runs {@code main} with these arguments. */
    public static SeparateJvm start(Class<?> main, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(arguments));
        return new SeparateJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** The process id the main class announced, once it has. */
    public long awaitReady(Duration wait) throws Exception {
        return ready.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Kills the JVM with SIGKILL, so nothing in it runs on the way out, and waits for it to end. */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the separate JVM outlived SIGKILL");
        }
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Kills the JVM if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                crash();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private long readyPid() {
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(READY)) {
                    return Long.parseLong(line.substring(READY.length()).strip());
                }
                output.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the separate JVM's output", e);
        }
        throw new IllegalStateException("the separate JVM ended before it was ready:\n" + output);
    }
}
