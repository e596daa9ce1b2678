package com.photostore.port.out.fake;

import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.Clock;
import com.photostore.port.out.IdGenerator;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * Deterministic identities from one counter: user ids {@code 00000000-0000-4000-8000-<n>}, session ids
 * and photo ids whose random part is the counter, photo ids stamped with the clock and always increasing.
 */
public final class SequentialIdGenerator implements IdGenerator {
    private final Clock clock;
    private long counter;
    private long lastMillis;

    public SequentialIdGenerator() {
        this(new MutableClock());
    }

    public SequentialIdGenerator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized UserId newUserId() {
        return new UserId(new UUID(0x4000L, 0x8000_0000_0000_0000L | next()));
    }

    @Override
    public synchronized PhotoId newPhotoId() {
        lastMillis = Math.max(lastMillis, clock.now().toEpochMilli());
        byte[] random = ByteBuffer.allocate(PhotoId.RANDOM_BYTES).putShort((short) 0).putLong(next()).array();
        return PhotoId.of(lastMillis, random);
    }

    @Override
    public synchronized SessionId newSessionId() {
        return SessionId.fromBytes(ByteBuffer.allocate(SessionId.BYTES).putLong(0L).putLong(next()).array());
    }

    private long next() {
        return ++counter;
    }
}
