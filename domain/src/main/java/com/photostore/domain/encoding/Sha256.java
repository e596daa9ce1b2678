package com.photostore.domain.encoding;

import com.photostore.domain.error.InvalidInputException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/** A SHA-256 digest, written as 64 lower-case hex digits. */
public record Sha256(String hex) {
    public Sha256 {
        Objects.requireNonNull(hex, "hex");
        if (!isHex64(hex) || !hex.equals(hex.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("a SHA-256 is 64 lower-case hex digits");
        }
    }

    /** Parses a client-supplied digest (either case). */
    public static Sha256 parse(String field, String text) {
        if (text == null || !isHex64(text)) {
            throw InvalidInputException.of(field, "must be a SHA-256 digest of 64 hex digits");
        }
        return new Sha256(text.toLowerCase(Locale.ROOT));
    }

    /** The digest of the given bytes. */
    public static Sha256 of(byte[] bytes) {
        return new Sha256(HexFormat.of().formatHex(digest().digest(bytes)));
    }

    /** The digest of a string's UTF-8 bytes. */
    public static Sha256 ofUtf8(String text) {
        return of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static boolean isHex64(String s) {
        if (s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            if (Character.digit(s.charAt(i), 16) < 0 || s.charAt(i) > 'f') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return hex;
    }
}
