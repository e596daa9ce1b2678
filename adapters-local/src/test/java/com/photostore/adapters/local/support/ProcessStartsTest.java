package com.photostore.adapters.local.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessStartsTest {
    @TempDir
    Path directory;

    @Test
    void aBinaryStillOpenForWritingStartsOnceTheWriterClosesIt() throws Exception {
        Path script = directory.resolve("busy.sh");
        FileOutputStream writer = new FileOutputStream(script.toFile());
        writer.write("#!/bin/sh\necho started\n".getBytes(StandardCharsets.UTF_8));
        writer.flush();
        assertThat(script.toFile().setExecutable(true)).isTrue();
        assertThatThrownBy(() -> new ProcessBuilder(script.toString()).start())
                .as("executing a file open for writing").hasMessageContaining("error=26");
        CompletableFuture<Void> closed = CompletableFuture.runAsync(() -> close(writer),
                CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));

        Process process = ProcessStarts.start(new ProcessBuilder(script.toString()).redirectErrorStream(true));

        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("started\n");
        closed.get(5, TimeUnit.SECONDS);
    }

    @Test
    void anyOtherFailureIsThrownAtOnce() {
        assertThatThrownBy(() -> ProcessStarts.start(new ProcessBuilder(directory.resolve("missing").toString())))
                .isInstanceOf(IOException.class).hasMessageContaining("error=2,");
    }

    private static void close(FileOutputStream writer) {
        try {
            writer.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
