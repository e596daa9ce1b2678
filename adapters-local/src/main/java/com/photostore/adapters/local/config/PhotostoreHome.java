package com.photostore.adapters.local.config;

import com.photostore.adapters.local.support.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/** The directory all local data lives in ({@code PHOTOSTORE_HOME}, else {@code ./photostore-data}), readable by its owner only. */
public final class PhotostoreHome {
    public static final String VARIABLE = "PHOTOSTORE_HOME";
    public static final String DEFAULT_DIRECTORY = "photostore-data";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path directory;

    private PhotostoreHome(Path directory) {
        this.directory = directory;
    }

    /** The home the environment names, created if missing. */
    public static PhotostoreHome fromEnvironment(Map<String, String> environment) {
        String configured = environment.get(VARIABLE);
        Path directory = configured == null || configured.isBlank() ? Path.of(DEFAULT_DIRECTORY) : Path.of(configured.strip());
        return at(directory);
    }

    /** The home at this directory, created with owner-only permissions if missing. */
    public static PhotostoreHome at(Path directory) {
        return new PhotostoreHome(ownerOnlyDirectory(directory.toAbsolutePath().normalize()));
    }

    public Path directory() {
        return directory;
    }

    /** A file directly in the home (not created). */
    public Path file(String name) {
        return directory.resolve(name);
    }

    /** A subdirectory of the home, created with owner-only permissions if missing. */
    public Path subdirectory(String name) {
        return ownerOnlyDirectory(directory.resolve(name));
    }

    private static Path ownerOnlyDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
            if (OwnerOnlyFiles.posix()) {
                Files.setPosixFilePermissions(directory, OWNER_ONLY);
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + directory, e);
        }
    }

    @Override
    public String toString() {
        return "PhotostoreHome[" + directory + "]";
    }
}
