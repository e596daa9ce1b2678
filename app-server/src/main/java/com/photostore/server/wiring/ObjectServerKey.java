package com.photostore.server.wiring;

import com.photostore.adapters.local.config.PhotostoreHome;
import com.photostore.adapters.local.support.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The embedded object server's secret key, generated on the first start and kept owner-only so upload forms survive restarts. */
public final class ObjectServerKey {
    /** The file under {@code PHOTOSTORE_HOME} that keeps the key. */
    public static final String FILE_NAME = "object-server.key";

    private ObjectServerKey() {
    }

    /** The key kept in this home, or a fresh one, saved there. */
    public static String readOrCreate(PhotostoreHome home) {
        Path file = home.file(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (kept.matches("[0-9a-f]{48}")) {
                    OwnerOnlyFiles.restrict(file);
                    return kept;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the object server key " + file + " could not be read", e);
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String fresh = HexFormat.of().formatHex(bytes);
        OwnerOnlyFiles.write(file, fresh);
        return fresh;
    }
}
