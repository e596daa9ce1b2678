package com.photostore.adapters.common.system;

import com.photostore.port.out.RandomTokens;
import java.security.SecureRandom;

/** Random bytes from the platform's strong {@link SecureRandom}. */
public final class SecureRandomTokens implements RandomTokens {
    private final SecureRandom random = new SecureRandom();

    @Override
    public byte[] bytes(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count >= 0");
        }
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
