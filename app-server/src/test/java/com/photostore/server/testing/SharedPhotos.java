package com.photostore.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The shared folder of real camera photos, found above the working directory ({@code shared/data/photos}). */
public final class SharedPhotos {

    private SharedPhotos() {
    }

    /** The photos folder; fails clearly when the shared data is missing. */
    public static Path folder() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("photos");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/photos was not found above " + Paths.get("").toAbsolutePath());
    }

    /** The bytes of one photo of the folder, for example {@code jpg/Canon_40D.jpg}. */
    public static byte[] read(String relative) {
        try {
            return Files.readAllBytes(folder().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
