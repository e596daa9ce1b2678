package com.photostore.adapters.local.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file readable and writable by its owner only, all at once: a temporary file moved over the target. */
final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    static void write(Path target, String content) {
        Path directory = target.toAbsolutePath().getParent();
        try {
            Path temporary = PhotostoreHome.posix()
                    ? Files.createTempFile(directory, ".photostore", ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(directory, ".photostore", ".tmp");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
