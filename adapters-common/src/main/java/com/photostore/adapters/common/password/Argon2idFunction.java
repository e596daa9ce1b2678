package com.photostore.adapters.common.password;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** The Argon2id function of RFC 9106, version 0x13. */
final class Argon2idFunction {
    private static final byte[] NONE = new byte[0];

    private Argon2idFunction() {
    }

    static byte[] tag(byte[] password, byte[] salt, Argon2idParameters cost, int tagLength) {
        return tag(password, salt, NONE, NONE, cost, tagLength);
    }

    static byte[] tag(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, Argon2idParameters cost,
            int tagLength) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .withSecret(secret)
                .withAdditional(associatedData)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] tag = new byte[tagLength];
        generator.generateBytes(password, tag);
        return tag;
    }
}
