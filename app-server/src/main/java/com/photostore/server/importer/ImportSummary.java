package com.photostore.server.importer;

import java.util.Map;
import java.util.TreeMap;

/** What an import did: files found, uploaded, already in the library, ready, rejected, failed and not images. */
public final class ImportSummary {
    private int found;
    private int uploaded;
    private int alreadyThere;
    private int ready;
    private int unsupported;
    private final Map<String, String> rejected = new TreeMap<>();
    private final Map<String, String> failed = new TreeMap<>();

    synchronized void found(int count) {
        found = count;
    }

    synchronized void countUploaded() {
        uploaded++;
    }

    synchronized void countAlreadyThere() {
        alreadyThere++;
    }

    synchronized void countReady() {
        ready++;
    }

    synchronized void unsupported(int count) {
        unsupported = count;
    }

    synchronized void rejected(String file, String reason) {
        rejected.put(file, reason);
    }

    synchronized void failed(String file, String reason) {
        failed.put(file, reason);
    }

    /** Image files found. */
    public synchronized int found() {
        return found;
    }

    /** Files uploaded by this run. */
    public synchronized int uploaded() {
        return uploaded;
    }

    /** Files skipped because the library already holds the same content. */
    public synchronized int alreadyThere() {
        return alreadyThere;
    }

    /** Uploaded files that became ready photos. */
    public synchronized int ready() {
        return ready;
    }

    /** Files skipped because their extension is not an image type Photostore accepts. */
    public synchronized int unsupported() {
        return unsupported;
    }

    /** Uploaded files the server refused, with its reason. */
    public synchronized Map<String, String> rejected() {
        return Map.copyOf(rejected);
    }

    /** Files that could not be uploaded or checked, with the error. */
    public synchronized Map<String, String> failed() {
        return Map.copyOf(failed);
    }

    /** The summary as lines for the terminal. */
    public synchronized String describe() {
        StringBuilder text = new StringBuilder();
        text.append(found).append(" images found: ").append(uploaded).append(" uploaded, ").append(ready)
                .append(" ready, ").append(alreadyThere).append(" already in the library, ").append(rejected.size())
                .append(" rejected, ").append(failed.size()).append(" failed");
        if (unsupported > 0) {
            text.append("; ").append(unsupported).append(" other files skipped");
        }
        rejected.forEach((file, reason) -> text.append(System.lineSeparator()).append("  rejected ").append(file)
                .append(": ").append(reason));
        failed.forEach((file, reason) -> text.append(System.lineSeparator()).append("  failed ").append(file)
                .append(": ").append(reason));
        return text.toString();
    }
}
