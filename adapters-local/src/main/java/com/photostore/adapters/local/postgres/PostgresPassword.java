package com.photostore.adapters.local.postgres;

import com.photostore.adapters.local.support.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/** The passwords of a data directory's roles, each kept beside it in an owner-only file and generated on first use. */
final class PostgresPassword {
    private static final int RANDOM_BYTES = 32;

    private PostgresPassword() {
    }

    /** The file that holds the password of this data directory: {@code <directory>.password} next to it. */
    static Path fileFor(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
    }

    /** The file that holds the application role's password: {@code <directory>.app.password} next to it. */
    static Path applicationFileFor(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".app.password");
    }

    /** The stored password, or a new random one written to the file first. */
    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                OwnerOnlyFiles.restrict(file);
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (stored.isEmpty()) {
                    throw new IllegalStateException("the PostgreSQL password file " + file + " is empty");
                }
                return stored;
            }
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PostgreSQL password file " + file, e);
        }
        byte[] random = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OwnerOnlyFiles.write(file, password);
        return password;
    }
}
