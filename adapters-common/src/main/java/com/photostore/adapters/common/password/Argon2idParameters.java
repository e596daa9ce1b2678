package com.photostore.adapters.common.password;

/** The cost of an Argon2id hash: memory in KiB, passes over it, and lanes. */
public record Argon2idParameters(int memoryKib, int iterations, int parallelism) {
    /** The least cost this project hashes new passwords with: 19 MiB, 2 passes, 1 lane. */
    public static final Argon2idParameters MINIMUM = new Argon2idParameters(19_456, 2, 1);
    static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;
    static final int MAX_ITERATIONS = 1_000;
    static final int MAX_PARALLELISM = 255;

    public Argon2idParameters {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism is 1 to " + MAX_PARALLELISM);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations are 1 to " + MAX_ITERATIONS);
        }
        if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("memory is 8 KiB per lane to 4 GiB");
        }
    }

    /** Whether any of these costs is lower than the other's. */
    public boolean isWeakerThan(Argon2idParameters other) {
        return memoryKib < other.memoryKib || iterations < other.iterations || parallelism < other.parallelism;
    }

    /** Whether these costs reach the minimum in memory and passes. */
    boolean meetsMinimum() {
        return memoryKib >= MINIMUM.memoryKib && iterations >= MINIMUM.iterations;
    }
}
