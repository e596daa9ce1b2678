package com.photostore.adapters.common.system;

import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.Clock;
import com.photostore.port.out.IdGenerator;
import com.photostore.port.out.RandomTokens;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.UUID;

/**
 * Random identities: version-4 UUIDs for users, 16 random bytes for sessions, and photo ids stamped with the
 * clock whose random part is incremented when the clock stands still or goes back, so each sorts after the last.
 */
public final class MonotonicIdGenerator implements IdGenerator {
    private static final BigInteger RANDOM_LIMIT = BigInteger.ONE.shiftLeft(8 * PhotoId.RANDOM_BYTES);

    private final Clock clock;
    private final RandomTokens random;
    private long lastMillis = -1;
    private BigInteger lastRandom = BigInteger.ZERO;

    public MonotonicIdGenerator(Clock clock, RandomTokens random) {
        this.clock = clock;
        this.random = random;
    }

    @Override
    public UserId newUserId() {
        byte[] bytes = random.bytes(16);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[i] & 0xff);
            low = (low << 8) | (bytes[i + 8] & 0xff);
        }
        return new UserId(new UUID(high, low));
    }

    @Override
    public synchronized PhotoId newPhotoId() {
        long now = clock.now().toEpochMilli();
        if (now > lastMillis) {
            lastMillis = now;
            lastRandom = new BigInteger(1, random.bytes(PhotoId.RANDOM_BYTES)).shiftRight(1);
        } else {
            lastRandom = lastRandom.add(BigInteger.ONE);
            if (lastRandom.compareTo(RANDOM_LIMIT) >= 0) {
                lastMillis++;
                lastRandom = BigInteger.ZERO;
            }
        }
        return PhotoId.of(lastMillis, toBytes(lastRandom));
    }

    @Override
    public SessionId newSessionId() {
        return SessionId.fromBytes(random.bytes(SessionId.BYTES));
    }

    private static byte[] toBytes(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[PhotoId.RANDOM_BYTES];
        int length = Math.min(raw.length, PhotoId.RANDOM_BYTES);
        System.arraycopy(raw, raw.length - length, out, PhotoId.RANDOM_BYTES - length, length);
        return Arrays.copyOf(out, PhotoId.RANDOM_BYTES);
    }
}
