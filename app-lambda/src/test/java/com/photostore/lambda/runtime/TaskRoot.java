package com.photostore.lambda.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A function's code as Lambda lays it out in {@code /var/task}: the deployment package (.zip or .jar) extracted into a
 * temporary directory, which becomes the runtime's working directory and {@code LAMBDA_TASK_ROOT}.
 */
final class TaskRoot implements AutoCloseable {
    private final Path path;

    private TaskRoot(Path path) {
        this.path = path;
    }

    static TaskRoot extract(Path deploymentPackage) {
        try {
            Path root = Files.createTempDirectory("lambda-task-");
            try (ZipFile zip = new ZipFile(deploymentPackage.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    extractEntry(zip, entries.nextElement(), root);
                }
            } catch (IOException | RuntimeException e) {
                deleteTree(root);
                throw e;
            }
            return new TaskRoot(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + deploymentPackage, e);
        }
    }

    /** Copies library jars into the task root's {@code lib} folder, which the runtime puts on the function's class path. */
    void addLibraries(List<Path> libraries) {
        if (libraries.isEmpty()) {
            return;
        }
        try {
            Path lib = Files.createDirectories(path.resolve("lib"));
            for (Path library : libraries) {
                Files.copy(library, lib.resolve(library.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add libraries to " + path, e);
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        deleteTree(path);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    private static void extractEntry(ZipFile zip, ZipEntry entry, Path root) throws IOException {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("entry outside the task root: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(target);
            return;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target);
        }
    }
}
