package com.photostore.adapters.local.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Files readable and writable by their owner only, written all at once: a temporary file moved over the target. */
public final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** Takes every permission but the owner's read and write away from an existing file. */
    public static void restrict(Path file) {
        if (posix()) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot restrict the permissions of " + file, e);
            }
        }
    }

    /** Writes the content to a new owner-only file and moves it over the target. */
    public static void write(Path target, String content) {
        Path directory = target.toAbsolutePath().getParent();
        try {
            Path temporary = posix()
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

    /** Whether the file system has POSIX permissions (owner-only files are then enforced). */
    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
