package com.photostore.port.out.fake;

import com.photostore.domain.encoding.Base64Url;
import com.photostore.domain.user.Password;
import com.photostore.domain.user.PasswordHash;
import com.photostore.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast salted SHA-256 hash, iterated {@code cost} times, encoded {@code fake$<cost>$<salt>$<hash>} so that
 * a hasher with a higher cost asks for a re-hash; it counts verifications so tests can see that unknown
 * users cost one too.
 */
public final class FakePasswordHasher implements PasswordHasher {
    private static final String PREFIX = "fake";
    private static final int SALT_BYTES = 16;

    private final int cost;
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicInteger hashes = new AtomicInteger();

    public FakePasswordHasher() {
        this(1);
    }

    public FakePasswordHasher(int cost) {
        if (cost < 1) {
            throw new IllegalArgumentException("cost >= 1");
        }
        this.cost = cost;
    }

    @Override
    public PasswordHash hash(Password password) {
        hashes.incrementAndGet();
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return encode(cost, salt, digest(cost, salt, password));
    }

    @Override
    public boolean verify(Password password, PasswordHash hash) {
        verifications.incrementAndGet();
        String[] parts = hash.encoded().split("\\$", -1);
        if (!isWellFormed(parts)) {
            return false;
        }
        int hashCost = Integer.parseInt(parts[1]);
        byte[] expected = Base64Url.decodeOrNull(parts[3]);
        return MessageDigest.isEqual(expected, digest(hashCost, Base64Url.decodeOrNull(parts[2]), password));
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        String[] parts = hash.encoded().split("\\$", -1);
        return !isWellFormed(parts) || Integer.parseInt(parts[1]) < cost;
    }

    /** How many times {@link #hash} was called. */
    public int hashes() {
        return hashes.get();
    }

    /** How many times {@link #verify} was called. */
    public int verifications() {
        return verifications.get();
    }

    private static boolean isWellFormed(String[] parts) {
        return parts.length == 4 && parts[0].equals(PREFIX) && parts[1].matches("[1-9][0-9]{0,3}")
                && Base64Url.decodeOrNull(parts[2]) != null && Base64Url.decodeOrNull(parts[3]) != null;
    }

    private static PasswordHash encode(int cost, byte[] salt, byte[] digest) {
        return new PasswordHash(PREFIX + "$" + cost + "$" + Base64Url.encode(salt) + "$" + Base64Url.encode(digest));
    }

    private static byte[] digest(int cost, byte[] salt, Password password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] state = password.reveal().getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < cost; i++) {
                sha.update(salt);
                state = sha.digest(state);
            }
            return state;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
