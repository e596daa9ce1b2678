package com.photostore.port.out.fake;

import com.photostore.port.out.RandomTokens;
import java.util.Random;

/** Random bytes from a seed, so that runs are repeatable; for tests only, never strong. */
public final class SeededRandomTokens implements RandomTokens {
    private final Random random;

    public SeededRandomTokens(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public synchronized byte[] bytes(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count >= 0");
        }
        byte[] out = new byte[count];
        random.nextBytes(out);
        return out;
    }
}
