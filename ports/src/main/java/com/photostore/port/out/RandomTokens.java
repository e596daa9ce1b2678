package com.photostore.port.out;

/** Cryptographically strong random bytes. */
public interface RandomTokens {
    /** {@code count} fresh random bytes. */
    byte[] bytes(int count);
}
