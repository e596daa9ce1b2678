package com.photostore.adapters.local.postgres;

import com.photostore.adapters.local.support.GeneratedSecret;
import java.nio.file.Path;

/** The passwords of a data directory's roles, each kept beside it in an owner-only file and generated on first use. */
final class PostgresPassword {
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
        return GeneratedSecret.readOrCreate(file, "PostgreSQL password");
    }
}
