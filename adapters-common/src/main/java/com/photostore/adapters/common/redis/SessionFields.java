package com.photostore.adapters.common.redis;

import com.photostore.domain.session.RefreshTokenHash;
import com.photostore.domain.session.Session;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.user.UserId;
import java.time.Instant;
import java.util.Map;

/** How a session is laid out in its Redis hash: instants in ISO-8601 so they come back exactly. */
final class SessionFields {
    static final String USER_ID = "userId";
    /** The field the rotation script compares with the presented hash. */
    static final String REFRESH_TOKEN_HASH = "hash";
    static final String CREATED_AT = "createdAt";
    static final String LAST_USED_AT = "lastUsedAt";
    static final String EXPIRES_AT = "expiresAt";

    private SessionFields() {
    }

    /** The session a hash holds, or {@code null} when the hash is empty (no such key). */
    static Session read(SessionId id, Map<String, String> hash) {
        if (hash.isEmpty()) {
            return null;
        }
        return new Session(id,
                UserId.parse(hash.get(USER_ID)),
                new RefreshTokenHash(hash.get(REFRESH_TOKEN_HASH)),
                Instant.parse(hash.get(CREATED_AT)),
                Instant.parse(hash.get(LAST_USED_AT)),
                Instant.parse(hash.get(EXPIRES_AT)));
    }

    /** The Unix time in milliseconds at which Redis drops the session: its end, rounded up to a whole millisecond. */
    static String expiryMillis(Session session) {
        Instant end = session.expiresAt();
        long millis = end.toEpochMilli();
        return Long.toString(end.getNano() % 1_000_000 == 0 ? millis : millis + 1);
    }
}
