package com.photostore.adapters.common.password;

import com.photostore.domain.user.Password;
import com.photostore.domain.user.PasswordHash;
import com.photostore.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;

/** Argon2id password hashes with a 16-byte random salt and a 32-byte tag, stored as PHC strings. */
public final class Argon2idPasswordHasher implements PasswordHasher {
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private final Argon2idParameters cost;
    private final SecureRandom random;

    /** A hasher at the minimum cost. */
    public Argon2idPasswordHasher() {
        this(Argon2idParameters.MINIMUM, new SecureRandom());
    }

    public Argon2idPasswordHasher(Argon2idParameters cost, SecureRandom random) {
        this.cost = Objects.requireNonNull(cost, "cost");
        this.random = Objects.requireNonNull(random, "random");
        if (!cost.meetsMinimum()) {
            throw new IllegalArgumentException("Argon2id costs at least " + Argon2idParameters.MINIMUM);
        }
    }

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] tag = Argon2idFunction.tag(bytes(password), salt, cost, HASH_BYTES);
        return new PasswordHash(new PhcArgon2idHash(cost, salt, tag).format());
    }

    @Override
    public boolean verify(Password password, PasswordHash hash) {
        Optional<PhcArgon2idHash> stored = PhcArgon2idHash.parse(hash.encoded());
        if (stored.isEmpty()) {
            return false;
        }
        PhcArgon2idHash expected = stored.get();
        byte[] actual = Argon2idFunction.tag(bytes(password), expected.salt(), expected.cost(), expected.hash().length);
        return MessageDigest.isEqual(actual, expected.hash());
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        return PhcArgon2idHash.parse(hash.encoded())
                .map(stored -> stored.cost().isWeakerThan(cost)
                        || stored.salt().length < SALT_BYTES
                        || stored.hash().length < HASH_BYTES)
                .orElse(true);
    }

    private static byte[] bytes(Password password) {
        return password.reveal().getBytes(StandardCharsets.UTF_8);
    }
}
