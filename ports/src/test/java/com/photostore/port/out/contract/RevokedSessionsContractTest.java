package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.photostore.domain.session.SessionId;
import com.photostore.port.out.RevokedSessions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RevokedSessions} does, in real time: a revocation is seen within one second, names only the
 * sessions it lists, holds until its {@code until} and is forgotten after it; each test uses fresh sessions, so the
 * store may be shared.
 */
public abstract class RevokedSessionsContractTest {
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(1);

    private RevokedSessions revoked;

    /** The store under test, whose records expire by real time; called once before each test. */
    protected abstract RevokedSessions revokedSessions();

    @BeforeEach
    void setUpStore() {
        revoked = revokedSessions();
    }

    @Test
    void aRevokedSessionIsSeenWithinOneSecondAndOthersAreNot() {
        SessionId session = Fresh.sessionId();
        SessionId other = Fresh.sessionId();
        assertThat(revoked.isRevoked(session)).isFalse();

        revoked.revoke(List.of(session), Instant.now().plus(Duration.ofMinutes(15)));

        await().atMost(VISIBLE_WITHIN).until(() -> revoked.isRevoked(session));
        assertThat(revoked.isRevoked(other)).isFalse();
    }

    @Test
    void manySessionsAreRevokedAtOnce() {
        List<SessionId> sessions = Stream.generate(Fresh::sessionId).limit(60).toList();

        revoked.revoke(sessions, Instant.now().plus(Duration.ofMinutes(15)));

        await().atMost(VISIBLE_WITHIN).until(() -> sessions.stream().allMatch(revoked::isRevoked));
    }

    @Test
    void revokingNothingOrTwiceIsHarmless() {
        SessionId session = Fresh.sessionId();
        Instant until = Instant.now().plus(Duration.ofMinutes(15));

        revoked.revoke(List.of(), until);
        revoked.revoke(List.of(session, session), until);
        revoked.revoke(List.of(session), until);

        await().atMost(VISIBLE_WITHIN).until(() -> revoked.isRevoked(session));
    }

    @Test
    void aRevocationIsForgottenAfterItsUntil() {
        SessionId session = Fresh.sessionId();

        revoked.revoke(List.of(session), Instant.now().plus(Duration.ofSeconds(2)));

        await().atMost(VISIBLE_WITHIN).until(() -> revoked.isRevoked(session));
        await().atMost(Duration.ofSeconds(5)).until(() -> !revoked.isRevoked(session));
    }
}
