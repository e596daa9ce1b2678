package com.photostore.domain.photo;

import java.util.Objects;
import java.util.Optional;

/**
 * The identity of a photo: 48 bits of milliseconds then 80 random bits, written as 26 characters of
 * lower-case Crockford base32 (ULID layout), so ids sort by creation time and are safe in URLs and object keys.
 */
public record PhotoId(String value) implements Comparable<PhotoId> {
    public static final int LENGTH = 26;
    public static final int RANDOM_BYTES = 10;
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

    public PhotoId {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("a photo id is 26 characters of lower-case Crockford base32");
        }
    }

    /** The id for a photo created at {@code epochMillis} with 10 random bytes. */
    public static PhotoId of(long epochMillis, byte[] random) {
        if (epochMillis < 0 || epochMillis >= (1L << 48)) {
            throw new IllegalArgumentException("time out of range");
        }
        if (random.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("a photo id takes 10 random bytes");
        }
        char[] out = new char[LENGTH];
        long time = epochMillis;
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (time & 31));
            time >>>= 5;
        }
        long hi = 0;
        for (int i = 0; i < 5; i++) {
            hi = (hi << 8) | (random[i] & 0xFF);
        }
        long lo = 0;
        for (int i = 5; i < 10; i++) {
            lo = (lo << 8) | (random[i] & 0xFF);
        }
        for (int i = 17; i >= 10; i--) {
            out[i] = ALPHABET.charAt((int) (hi & 31));
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = ALPHABET.charAt((int) (lo & 31));
            lo >>>= 5;
        }
        return new PhotoId(new String(out));
    }

    /** Parses untrusted text; empty when it is not a photo id. */
    public static Optional<PhotoId> tryParse(String text) {
        return text != null && isValid(text) ? Optional.of(new PhotoId(text)) : Optional.empty();
    }

    /** The creation time encoded in the id, in milliseconds since the epoch. */
    public long epochMillis() {
        long time = 0;
        for (int i = 0; i < 10; i++) {
            time = (time << 5) | ALPHABET.indexOf(value.charAt(i));
        }
        return time;
    }

    private static boolean isValid(String s) {
        if (s.length() != LENGTH || s.charAt(0) > '7') {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(PhotoId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
