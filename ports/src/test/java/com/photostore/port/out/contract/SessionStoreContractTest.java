package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.photostore.domain.session.RefreshTokenHash;
import com.photostore.domain.session.Session;
import com.photostore.domain.session.SessionPolicy;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.RotationOutcome;
import com.photostore.port.out.SessionStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionStore} does, in real time: sessions end by themselves at {@code expiresAt},
 * refresh tokens rotate atomically and a replayed old token revokes its session, each test with fresh users
 * and sessions, so the store may be shared.
 */
public abstract class SessionStoreContractTest {
    private static final SessionPolicy POLICY =
            new SessionPolicy(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofDays(1));
    private static final int THREADS = 8;

    private SessionStore store;
    private UserId user;

    /** The store under test, whose sessions expire by real time; called once before each test. */
    protected abstract SessionStore sessions();

    @BeforeEach
    void setUpStore() {
        store = sessions();
        user = Fresh.userId();
    }

    @Test
    void createdSessionIsFound() {
        Session session = newSession(user);

        store.create(session);

        assertThat(store.find(session.id())).contains(session);
    }

    @Test
    void anUnknownSessionIsNotFound() {
        assertThat(store.find(Fresh.sessionId())).isEmpty();
        assertThat(store.delete(Fresh.sessionId())).isFalse();
    }

    @Test
    void aSessionEndsAtItsExpiry() {
        Instant now = now();
        Instant expiresAt = now.plusSeconds(1);
        Session session = new Session(Fresh.sessionId(), user, Fresh.refreshTokenHash(), now, now, expiresAt);

        store.create(session);

        assertThat(store.find(session.id())).contains(session);
        assertThat(store.countOf(user)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> store.find(session.id()).isEmpty());
        assertThat(Instant.now()).isAfterOrEqualTo(expiresAt.minusMillis(100));
        assertThat(store.countOf(user)).isZero();
        assertThat(store.rotate(session.id(), session.refreshTokenHash(), Fresh.refreshTokenHash(), Instant.now(), POLICY))
                .isEqualTo(RotationOutcome.UNKNOWN);
    }

    @Test
    void rotationReplacesTheTokenAndMovesTheExpiry() {
        Session session = newSession(user);
        store.create(session);
        RefreshTokenHash next = Fresh.refreshTokenHash();
        Instant later = session.createdAt().plusSeconds(30);

        assertThat(store.rotate(session.id(), session.refreshTokenHash(), next, later, POLICY))
                .isEqualTo(RotationOutcome.ROTATED);

        assertThat(store.find(session.id())).contains(session.rotated(next, later, POLICY));
    }

    @Test
    void replayingARotatedTokenRevokesTheSession() {
        Session session = newSession(user);
        store.create(session);
        RefreshTokenHash second = Fresh.refreshTokenHash();
        store.rotate(session.id(), session.refreshTokenHash(), second, now(), POLICY);

        assertThat(store.rotate(session.id(), session.refreshTokenHash(), Fresh.refreshTokenHash(), now(), POLICY))
                .isEqualTo(RotationOutcome.REUSED_SESSION_REVOKED);

        assertThat(store.find(session.id())).isEmpty();
        assertThat(store.rotate(session.id(), second, Fresh.refreshTokenHash(), now(), POLICY)).isEqualTo(RotationOutcome.UNKNOWN);
    }

    @Test
    void aTokenRotatedAwayAHundredRotationsAgoIsStillRecognised() {
        Session session = newSession(user);
        store.create(session);
        RefreshTokenHash current = session.refreshTokenHash();
        for (int i = 0; i < 100; i++) {
            RefreshTokenHash next = Fresh.refreshTokenHash();
            assertThat(store.rotate(session.id(), current, next, now(), POLICY)).isEqualTo(RotationOutcome.ROTATED);
            current = next;
        }

        assertThat(store.rotate(session.id(), session.refreshTokenHash(), Fresh.refreshTokenHash(), now(), POLICY))
                .isEqualTo(RotationOutcome.REUSED_SESSION_REVOKED);
        assertThat(store.find(session.id())).isEmpty();
    }

    @Test
    void aTokenTheSessionNeverHadIsUnknownAndChangesNothing() {
        Session session = newSession(user);
        store.create(session);

        assertThat(store.rotate(session.id(), Fresh.refreshTokenHash(), Fresh.refreshTokenHash(), now(), POLICY)).isEqualTo(RotationOutcome.UNKNOWN);
        assertThat(store.rotate(Fresh.sessionId(), session.refreshTokenHash(), Fresh.refreshTokenHash(), now(), POLICY))
                .isEqualTo(RotationOutcome.UNKNOWN);
        assertThat(store.find(session.id())).contains(session);
    }

    /** The first loser sees the reuse and revokes the session; later ones may find no session at all. */
    @Test
    void ofConcurrentRotationsWithOneTokenExactlyOneSucceedsAndTheSessionIsRevoked() {
        Session session = newSession(user);
        store.create(session);

        List<RotationOutcome> outcomes = Concurrently.run(THREADS,
                i -> store.rotate(session.id(), session.refreshTokenHash(), Fresh.refreshTokenHash(), now(), POLICY));

        assertThat(outcomes).containsOnlyOnce(RotationOutcome.ROTATED).contains(RotationOutcome.REUSED_SESSION_REVOKED);
        assertThat(store.find(session.id())).isEmpty();
    }

    @Test
    void deleteEndsOneSession() {
        Session ended = newSession(user);
        Session kept = newSession(user);
        store.create(ended);
        store.create(kept);

        assertThat(store.delete(ended.id())).isTrue();

        assertThat(store.find(ended.id())).isEmpty();
        assertThat(store.delete(ended.id())).isFalse();
        assertThat(store.find(kept.id())).contains(kept);
    }

    @Test
    void deleteAllOfEndsEverySessionOfOneUserOnly() {
        UserId other = Fresh.userId();
        List<Session> mine = List.of(newSession(user), newSession(user), newSession(user));
        mine.forEach(store::create);
        Session theirs = newSession(other);
        store.create(theirs);

        assertThat(store.idsOf(user)).containsExactlyInAnyOrderElementsOf(mine.stream().map(Session::id).toList());
        assertThat(store.deleteAllOf(user)).containsExactlyInAnyOrderElementsOf(mine.stream().map(Session::id).toList());

        assertThat(store.countOf(user)).isZero();
        assertThat(store.idsOf(user)).isEmpty();
        assertThat(store.deleteAllOf(user)).isEmpty();
        assertThat(store.countOf(other)).isEqualTo(1);
        assertThat(store.find(theirs.id())).contains(theirs);
    }

    @Test
    void countOfCountsLiveSessionsOfAUser() {
        assertThat(store.countOf(user)).isZero();
        Session first = newSession(user);
        store.create(first);
        store.create(newSession(user));
        store.create(newSession(Fresh.userId()));

        assertThat(store.countOf(user)).isEqualTo(2);
        store.delete(first.id());
        assertThat(store.countOf(user)).isEqualTo(1);
    }

    private static Session newSession(UserId owner) {
        return Session.start(Fresh.sessionId(), owner, Fresh.refreshTokenHash(), now(), POLICY);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
