package com.photostore.adapters.local.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/** A random secret (a backend's password) kept in an owner-only file and generated on first use. */
public final class GeneratedSecret {
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedSecret() {
    }

    /** The stored secret, or a new random one (URL-safe Base64 of 32 bytes) written to the file first. */
    public static String readOrCreate(Path file, String what) {
        try {
            if (Files.exists(file)) {
                OwnerOnlyFiles.restrict(file);
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (stored.isEmpty()) {
                    throw new IllegalStateException("the " + what + " file " + file + " is empty");
                }
                return stored;
            }
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " file " + file, e);
        }
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OwnerOnlyFiles.write(file, secret);
        return secret;
    }
}
