package com.photostore.port.out.contract;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.RefreshTokenHash;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.user.UserId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Values no other test uses, so that contract suites can share one backend without clearing it. */
public final class Fresh {
    private Fresh() {
    }

    public static UserId userId() {
        return new UserId(UUID.randomUUID());
    }

    public static PhotoId photoId() {
        return PhotoId.of(System.currentTimeMillis(), bytes(PhotoId.RANDOM_BYTES));
    }

    public static SessionId sessionId() {
        return SessionId.fromBytes(bytes(SessionId.BYTES));
    }

    public static Sha256 sha256() {
        return Sha256.of(bytes(32));
    }

    public static RefreshTokenHash refreshTokenHash() {
        return new RefreshTokenHash(sha256().hex());
    }

    /** A name made of a prefix and random letters and digits, for keys, queues and settings. */
    public static String name(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    private static byte[] bytes(int count) {
        byte[] random = new byte[count];
        ThreadLocalRandom.current().nextBytes(random);
        return random;
    }
}
