package com.photostore.port.out;

import java.util.Arrays;
import java.util.Objects;

/** A symmetric key with the id ({@code kid}) that names it; never printed. */
public final class SigningKey {
    public static final int MIN_BYTES = 32;

    private final String id;
    private final byte[] secret;

    public SigningKey(String id, byte[] secret) {
        this.id = Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("a key id is 1-64 characters of [A-Za-z0-9._-]");
        }
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("a signing key has at least 256 bits");
        }
        this.secret = secret.clone();
    }

    public String id() {
        return id;
    }

    /** A copy of the key material. */
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SigningKey other && id.equals(other.id) && Arrays.equals(secret, other.secret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SigningKey[" + id + ", redacted]";
    }
}
