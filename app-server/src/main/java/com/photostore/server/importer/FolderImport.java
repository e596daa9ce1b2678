package com.photostore.server.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.photostore.domain.photo.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Uploads every image of a folder (recursively) through the API as the web app does, skipping files whose
 * SHA-256 the library already holds, then waits until each upload is READY or REJECTED.
 */
public final class FolderImport {
    private static final int PARALLEL = 4;
    private static final Duration POLL = Duration.ofMillis(250);

    private final PhotostoreClient client;
    private final ImportProgress progress;
    private final Duration readyTimeout;

    public FolderImport(PhotostoreClient client, ImportProgress progress, Duration readyTimeout) {
        this.client = client;
        this.progress = progress;
        this.readyTimeout = readyTimeout;
    }

    /** Imports the folder and returns the summary. */
    public ImportSummary run(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ImportException(folder + " is not a folder");
        }
        ImportSummary summary = new ImportSummary();
        List<Path> all = filesUnder(folder);
        List<Path> images = all.stream().filter(p -> contentTypeOf(p).isPresent()).toList();
        summary.found(images.size());
        summary.unsupported(all.size() - images.size());
        Map<String, String> pending = new ConcurrentHashMap<>();
        progress.begin("uploading", images.size());
        ExecutorService workers = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Path image : images) {
                running.add(workers.submit(() -> {
                    upload(folder, image, summary, pending);
                    progress.advance("uploading");
                }));
            }
            for (Future<?> task : running) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException("interrupted");
        } catch (ExecutionException e) {
            throw new ImportException("an upload failed unexpectedly: " + e.getCause());
        } finally {
            workers.shutdownNow();
        }
        awaitIngest(pending, summary);
        return summary;
    }

    private static List<Path> filesUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the folder " + folder + " could not be read", e);
        }
    }

    static Optional<ContentType> contentTypeOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "jpg", "jpeg", "jpe" -> Optional.of(ContentType.JPEG);
            case "png" -> Optional.of(ContentType.PNG);
            case "webp" -> Optional.of(ContentType.WEBP);
            case "gif" -> Optional.of(ContentType.GIF);
            default -> Optional.empty();
        };
    }

    private void upload(Path folder, Path image, ImportSummary summary, Map<String, String> pending) {
        String shown = folder.relativize(image).toString();
        try {
            byte[] content = Files.readAllBytes(image);
            ContentType type = contentTypeOf(image).orElseThrow();
            ObjectNode request = PhotostoreClient.object();
            request.put("fileName", image.getFileName().toString());
            request.put("contentType", type.mimeType());
            request.put("size", content.length);
            request.put("sha256", sha256(content));
            PhotostoreClient.Answer ticket = client.call("POST", "/api/v1/uploads", request);
            if (ticket.status() == 409 && ticket.body().hasNonNull("existingPhotoId")) {
                summary.countAlreadyThere();
                return;
            }
            if (ticket.status() != 201) {
                summary.failed(shown, ticket.detail());
                return;
            }
            int posted = client.postForm(ticket.body().get("upload"), image.getFileName().toString(), type.mimeType(),
                    content);
            if (posted / 100 != 2) {
                summary.failed(shown, "the object store refused the file with HTTP " + posted);
                return;
            }
            summary.countUploaded();
            pending.put(ticket.body().get("photoId").asText(), shown);
        } catch (IOException e) {
            summary.failed(shown, "could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            summary.failed(shown, e.getMessage());
        }
    }

    private void awaitIngest(Map<String, String> pending, ImportSummary summary) {
        progress.begin("processing", pending.size());
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            for (Map.Entry<String, String> entry : List.copyOf(pending.entrySet())) {
                PhotostoreClient.Answer photo = client.call("GET", "/api/v1/photos/" + entry.getKey(), null);
                String status = photo.status() == 200 ? photo.body().path("status").asText() : "";
                if (status.equalsIgnoreCase("READY")) {
                    summary.countReady();
                } else if (status.equalsIgnoreCase("REJECTED")) {
                    summary.rejected(entry.getValue(), photo.body().path("rejectionReason").asText("refused"));
                } else if (photo.status() == 404) {
                    summary.failed(entry.getValue(), "the photo disappeared before it was processed");
                } else {
                    continue;
                }
                pending.remove(entry.getKey());
                progress.advance("processing");
            }
            if (!pending.isEmpty()) {
                pause();
            }
        }
        pending.values().forEach(file -> summary.failed(file, "not processed within " + readyTimeout.toSeconds() + " s"));
    }

    private static void pause() {
        LockSupport.parkNanos(POLL.toNanos());
        if (Thread.currentThread().isInterrupted()) {
            throw new ImportException("interrupted");
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
