package com.photostore.adapters.common.redis;

import static com.photostore.adapters.common.redis.SessionSamples.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.photostore.domain.session.RefreshTokenHash;
import com.photostore.domain.session.Session;
import com.photostore.domain.session.SessionPolicy;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.RotationOutcome;
import com.photostore.port.out.contract.Concurrently;
import com.photostore.port.out.contract.Fresh;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisSessionStoreTest extends RedisTestConnection {
    private static final SessionPolicy POLICY = new SessionPolicy(Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofHours(1));

    private RedisSessionStore store;

    @BeforeEach
    void newStore() {
        store = new RedisSessionStore(gateway, prefix);
    }

    @Test
    void aStoredSessionComesBackExactlyWithNanosecondInstants() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusNanos(123_456_789);
        Session session = session(Fresh.userId(), now, POLICY);

        store.create(session);

        assertThat(store.find(session.id())).contains(session);
    }

    @Test
    void theSessionKeyExpiresAtTheSessionsEnd() {
        Session session = session(Fresh.userId(), Instant.now(), POLICY);

        store.create(session);

        long millisLeft = number(r -> r.pttl(keys.session(session.id())));
        // The expiry is the session's end rounded up to a whole millisecond, so it may lie 1 ms beyond ten minutes.
        assertThat(millisLeft).isBetween(Duration.ofMinutes(10).minusSeconds(5).toMillis(), Duration.ofMinutes(10).toMillis() + 1);
    }

    @Test
    void aSessionDisappearsByItselfAtItsEnd() {
        UserId user = Fresh.userId();
        Instant now = Instant.now();
        Session shortLived = new Session(Fresh.sessionId(), user, Fresh.refreshTokenHash(), now, now, now.plusMillis(300));

        store.create(shortLived);

        assertThat(store.find(shortLived.id())).isPresent();
        await().atMost(Duration.ofSeconds(5)).until(() -> store.find(shortLived.id()).isEmpty());
        assertThat(store.countOf(user)).isZero();
        assertThat(exists(keys.sessionsOf(user))).isFalse();
    }

    @Test
    void rotationReplacesTheTokenAndMovesTheExpiryUnderThePolicy() {
        Instant start = Instant.now();
        Session session = session(Fresh.userId(), start, POLICY);
        store.create(session);
        RefreshTokenHash next = Fresh.refreshTokenHash();
        Instant later = start.plus(Duration.ofMinutes(5));

        RotationOutcome outcome = store.rotate(session.id(), session.refreshTokenHash(), next, later, POLICY);

        assertThat(outcome).isEqualTo(RotationOutcome.ROTATED);
        Session rotated = store.find(session.id()).orElseThrow();
        assertThat(rotated).isEqualTo(session.rotated(next, later, POLICY));
        assertThat(rotated.expiresAt()).isEqualTo(later.plus(Duration.ofMinutes(10)));
        long millisLeft = number(r -> r.pttl(keys.session(session.id())));
        assertThat(millisLeft).isGreaterThan(Duration.ofMinutes(14).toMillis());
    }

    @Test
    void rotationNeverMovesTheExpiryPastTheAbsoluteLifetime() {
        Instant start = Instant.now();
        Instant nearTheEnd = start.plus(Duration.ofMinutes(55));
        Session almostOver = new Session(Fresh.sessionId(), Fresh.userId(), Fresh.refreshTokenHash(), start,
                start.plus(Duration.ofMinutes(50)), nearTheEnd.plus(Duration.ofMinutes(1)));
        store.create(almostOver);

        store.rotate(almostOver.id(), almostOver.refreshTokenHash(), Fresh.refreshTokenHash(), nearTheEnd, POLICY);

        assertThat(store.find(almostOver.id()).orElseThrow().expiresAt()).isEqualTo(start.plus(Duration.ofHours(1)));
    }

    @Test
    void ofManyConcurrentRotationsWithOneTokenExactlyOneSucceedsAndTheSessionIsRevoked() {
        Session session = session(Fresh.userId(), Instant.now(), POLICY);
        store.create(session);

        List<RotationOutcome> outcomes = Concurrently.run(32,
                i -> store.rotate(session.id(), session.refreshTokenHash(), Fresh.refreshTokenHash(), Instant.now(), POLICY));

        assertThat(outcomes).filteredOn(RotationOutcome.ROTATED::equals).hasSize(1);
        assertThat(outcomes).contains(RotationOutcome.REUSED_SESSION_REVOKED);
        assertThat(store.find(session.id())).isEmpty();
        assertThat(store.countOf(session.userId())).isZero();
    }

    @Test
    void theLastHundredTokensAreRecognisedAsReplaysAndOlderOnesAreUnknown() {
        Instant now = Instant.now();
        Session session = session(Fresh.userId(), now, POLICY);
        store.create(session);
        List<RefreshTokenHash> tokens = new ArrayList<>(List.of(session.refreshTokenHash()));
        for (int i = 0; i < 150; i++) {
            RefreshTokenHash next = Fresh.refreshTokenHash();
            assertThat(store.rotate(session.id(), tokens.get(i), next, now, POLICY)).isEqualTo(RotationOutcome.ROTATED);
            tokens.add(next);
        }

        assertThat(number(r -> r.llen(keys.previousTokens(session.id()))))
                .isEqualTo(RedisSessionStore.PREVIOUS_TOKENS_KEPT);
        assertThat(store.rotate(session.id(), tokens.get(49), Fresh.refreshTokenHash(), now, POLICY)).isEqualTo(RotationOutcome.UNKNOWN);
        assertThat(store.find(session.id())).isPresent();
        assertThat(store.rotate(session.id(), tokens.get(50), Fresh.refreshTokenHash(), now, POLICY))
                .isEqualTo(RotationOutcome.REUSED_SESSION_REVOKED);
        assertThat(store.find(session.id())).isEmpty();
        assertThat(exists(keys.previousTokens(session.id()))).isFalse();
    }

    @Test
    void aTokenTheSessionNeverHadIsUnknownAndLeavesTheSessionAlone() {
        Session session = session(Fresh.userId(), Instant.now(), POLICY);
        store.create(session);

        assertThat(store.rotate(session.id(), Fresh.refreshTokenHash(), Fresh.refreshTokenHash(), Instant.now(), POLICY)).isEqualTo(RotationOutcome.UNKNOWN);
        assertThat(store.find(session.id())).contains(session);
    }

    @Test
    void aSessionPastItsEndByTheCallersClockCannotBeRotated() {
        Instant now = Instant.now();
        Session session = session(Fresh.userId(), now, POLICY);
        store.create(session);

        RotationOutcome outcome = store.rotate(session.id(), session.refreshTokenHash(), Fresh.refreshTokenHash(), session.expiresAt(), POLICY);

        assertThat(outcome).isEqualTo(RotationOutcome.UNKNOWN);
    }

    @Test
    void deleteEndsOneSessionOnce() {
        UserId user = Fresh.userId();
        Session first = session(user, Instant.now());
        Session second = session(user, Instant.now());
        store.create(first);
        store.create(second);

        assertThat(store.delete(first.id())).isTrue();
        assertThat(store.delete(first.id())).isFalse();
        assertThat(store.find(first.id())).isEmpty();
        assertThat(store.find(second.id())).isPresent();
        assertThat(store.countOf(user)).isEqualTo(1);
    }

    @Test
    void deleteAllOfEndsEveryLiveSessionOfOneUserOnly() {
        UserId user = Fresh.userId();
        UserId other = Fresh.userId();
        Instant now = Instant.now();
        List<Session> sessions = List.of(session(user, now), session(user, now), session(user, now));
        sessions.forEach(store::create);
        Session othersSession = session(other, now);
        store.create(othersSession);
        Session ended = new Session(Fresh.sessionId(), user, Fresh.refreshTokenHash(), now, now, now.plusMillis(100));
        store.create(ended);
        await().atMost(Duration.ofSeconds(5)).until(() -> store.find(ended.id()).isEmpty());

        assertThat(store.deleteAllOf(user)).containsExactlyInAnyOrderElementsOf(sessions.stream().map(Session::id).toList());

        assertThat(sessions).allSatisfy(s -> assertThat(store.find(s.id())).isEmpty());
        assertThat(store.countOf(user)).isZero();
        assertThat(store.deleteAllOf(user)).isEmpty();
        assertThat(store.find(othersSession.id())).contains(othersSession);
        assertThat(store.countOf(other)).isEqualTo(1);
    }

    @Test
    void countOfCountsLiveSessionsAndForgetsEndedOnes() {
        UserId user = Fresh.userId();
        Instant now = Instant.now();
        store.create(session(user, now));
        store.create(session(user, now));
        Session ended = new Session(Fresh.sessionId(), user, Fresh.refreshTokenHash(), now, now, now.plusMillis(100));
        store.create(ended);

        await().atMost(Duration.ofSeconds(5)).until(() -> store.countOf(user) == 2);
        assertThat(number(r -> r.zcard(keys.sessionsOf(user)))).isEqualTo(2L);
    }

    @Test
    void storesWithDifferentPrefixesDoNotSeeEachOthersSessions() {
        RedisSessionStore elsewhere = new RedisSessionStore(gateway, prefix + "elsewhere:");
        Session session = session(Fresh.userId(), Instant.now());

        store.create(session);

        assertThat(elsewhere.find(session.id())).isEmpty();
        assertThat(elsewhere.countOf(session.userId())).isZero();
        assertThat(elsewhere.delete(session.id())).isFalse();
        assertThat(store.find(session.id())).isPresent();
        Set<String> keysSeen = gateway.call(r -> r.keys(prefix + "*"));
        assertThat(keysSeen).isNotEmpty().allMatch(key -> key.startsWith(prefix));
    }

    @Test
    void scriptsStillRunAfterRedisForgetsThem() {
        Session session = session(Fresh.userId(), Instant.now());
        gateway.call(r -> r.scriptFlush());

        store.create(session);
        gateway.call(r -> r.scriptFlush());

        assertThat(store.rotate(session.id(), session.refreshTokenHash(), Fresh.refreshTokenHash(), Instant.now(), SessionPolicy.DEFAULT))
                .isEqualTo(RotationOutcome.ROTATED);
    }
}
