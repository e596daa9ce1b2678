package com.photostore.adapters.common.imaging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/** Finds the shared folder of real camera photos, which lives outside the repository. */
public final class PhotoData {

    public static final String PROPERTY = "photostore.photos";
    static final String VARIABLE = "PHOTOSTORE_PHOTOS";

    private PhotoData() {
    }

    /** The photos folder: the system property or environment override, else the nearest {@code shared/data/photos} above the working directory. */
    public static Optional<Path> folder() {
        String override = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        if (override != null && !override.isBlank()) {
            Path path = Paths.get(override);
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("photos");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
