package com.photostore.port.out.fake;

import com.photostore.domain.session.RefreshTokenHash;
import com.photostore.domain.session.Session;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.session.SessionPolicy;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.Clock;
import com.photostore.port.out.RotationOutcome;
import com.photostore.port.out.SessionStore;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Sessions in a map, each with the hashes its refresh token had before (the last 100); a session is
 * gone once the store's clock reaches its {@code expiresAt}.
 */
public final class InMemorySessionStore implements SessionStore {
    public static final int REMEMBERED_HASHES = 100;

    private final Clock clock;
    private final Map<SessionId, Entry> sessions = new HashMap<>();

    /** A store whose sessions expire by the given clock ({@code Instant::now} for real time). */
    public InMemorySessionStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void create(Session session) {
        sessions.put(session.id(), new Entry(session, new ArrayDeque<>()));
    }

    @Override
    public synchronized Optional<Session> find(SessionId id) {
        return live(id).map(Entry::session);
    }

    @Override
    public synchronized RotationOutcome rotate(SessionId id, RefreshTokenHash presented, RefreshTokenHash next,
                                               Instant now, SessionPolicy policy) {
        Optional<Entry> found = live(id);
        if (found.isEmpty()) {
            return RotationOutcome.UNKNOWN;
        }
        Entry entry = found.get();
        if (entry.session().refreshTokenHash().equals(presented)) {
            Deque<RefreshTokenHash> previous = entry.previous();
            previous.addFirst(presented);
            while (previous.size() > REMEMBERED_HASHES) {
                previous.removeLast();
            }
            sessions.put(id, new Entry(entry.session().rotated(next, now, policy), previous));
            return RotationOutcome.ROTATED;
        }
        if (entry.previous().contains(presented)) {
            sessions.remove(id);
            return RotationOutcome.REUSED_SESSION_REVOKED;
        }
        return RotationOutcome.UNKNOWN;
    }

    @Override
    public synchronized boolean delete(SessionId id) {
        boolean wasLive = live(id).isPresent();
        sessions.remove(id);
        return wasLive;
    }

    @Override
    public synchronized List<SessionId> deleteAllOf(UserId userId) {
        List<SessionId> live = idsOf(userId);
        sessions.values().removeIf(e -> e.session().userId().equals(userId));
        return live;
    }

    @Override
    public synchronized List<SessionId> idsOf(UserId userId) {
        evictExpired();
        return sessions.values().stream().map(Entry::session).filter(s -> s.userId().equals(userId)).map(Session::id).toList();
    }

    private Optional<Entry> live(SessionId id) {
        Entry entry = sessions.get(id);
        if (entry != null && entry.session().isExpiredAt(clock.now())) {
            sessions.remove(id);
            return Optional.empty();
        }
        return Optional.ofNullable(entry);
    }

    private void evictExpired() {
        Instant now = clock.now();
        sessions.values().removeIf(e -> e.session().isExpiredAt(now));
    }

    private record Entry(Session session, Deque<RefreshTokenHash> previous) {
    }
}
