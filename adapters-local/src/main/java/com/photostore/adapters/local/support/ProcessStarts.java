package com.photostore.adapters.local.support;

import java.io.IOException;

/**
 * Starts processes from binaries just extracted to disk: while another thread of this JVM forks a child, the child
 * briefly holds a copy of the extraction's still-open write descriptor, and executing the file then fails with
 * {@code ETXTBSY} ("Text file busy"); such a start is tried again for up to two seconds.
 */
public final class ProcessStarts {
    private static final int ATTEMPTS = 40;
    private static final long PAUSE_MILLIS = 50;

    private ProcessStarts() {
    }

    /** The started process; a start refused with "Text file busy" is tried again, any other failure is thrown. */
    public static Process start(ProcessBuilder builder) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return builder.start();
            } catch (IOException e) {
                if (attempt >= ATTEMPTS || !isTextFileBusy(e)) {
                    throw e;
                }
                pause(e);
            }
        }
    }

    private static boolean isTextFileBusy(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("error=26")) {
                return true;
            }
        }
        return false;
    }

    private static void pause(IOException refused) throws IOException {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused;
        }
    }
}
