package com.photostore.port.out;

import com.photostore.domain.session.RefreshTokenHash;
import com.photostore.domain.session.Session;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.session.SessionPolicy;
import com.photostore.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where live sessions are kept. A session disappears by itself at its {@code expiresAt}. The store
 * remembers the hashes a session's refresh token had before (at least the last 100) until the session
 * ends, so that a replayed old token is recognised.
 */
public interface SessionStore {

    /** Stores a new session until its {@code expiresAt}. */
    void create(Session session);

    /** The live session with this id. */
    Optional<Session> find(SessionId id);

    /**
     * Atomically replaces the session's refresh-token hash {@code presented} by {@code next} and moves its
     * expiry under {@code policy}. Of concurrent rotations with the same token exactly one succeeds; the
     * others see a reused token and the session is revoked.
     */
    RotationOutcome rotate(SessionId id, RefreshTokenHash presented, RefreshTokenHash next, Instant now, SessionPolicy policy);

    /** Ends one session; returns whether it was live. */
    boolean delete(SessionId id);

    /** Ends every session of a user; returns the ids of those that were live. */
    List<SessionId> deleteAllOf(UserId userId);

    /** The ids of a user's live sessions. */
    List<SessionId> idsOf(UserId userId);

    /** How many live sessions a user has. */
    default int countOf(UserId userId) {
        return idsOf(userId).size();
    }
}
