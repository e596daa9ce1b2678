package com.photostore.lambda.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Everything a process writes to its (merged) stdout and stderr, read by a daemon thread as it arrives. */
final class ProcessOutput {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Thread reader;

    private ProcessOutput(InputStream stream, String name) {
        this.reader = new Thread(() -> drain(stream), name);
        reader.setDaemon(true);
        reader.start();
    }

    static ProcessOutput capture(Process process, String name) {
        return new ProcessOutput(process.getInputStream(), name);
    }

    String text() {
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits until the stream ended (the process and its children closed it), at most {@code limit}. */
    void awaitEnd(Duration limit) {
        try {
            reader.join(limit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(InputStream stream) {
        byte[] buffer = new byte[8192];
        try (stream) {
            int read;
            while ((read = stream.read(buffer)) >= 0) {
                synchronized (bytes) {
                    bytes.write(buffer, 0, read);
                }
            }
        } catch (IOException e) {
            synchronized (bytes) {
                bytes.writeBytes(("\n[output ended: " + e.getMessage() + "]\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
