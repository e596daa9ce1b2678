package com.photostore.domain.session;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.testing.Gens;
import com.photostore.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final SessionPolicy POLICY = SessionPolicy.DEFAULT;
    private static final SessionId ID = SessionId.fromBytes(new byte[16]);
    private static final UserId USER = new UserId(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));
    private static final RefreshTokenHash FIRST = new RefreshTokenHash("a".repeat(64));
    private static final RefreshTokenHash SECOND = new RefreshTokenHash("b".repeat(64));

    @Test
    void startedSessionsLastTheInactivityTimeout() {
        Session session = Session.start(ID, USER, FIRST, T0, POLICY);
        assertThat(session.createdAt()).isEqualTo(T0);
        assertThat(session.lastUsedAt()).isEqualTo(T0);
        assertThat(session.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(14)));
        assertThat(session.isExpiredAt(T0.plus(Duration.ofDays(14)).minusMillis(1))).isFalse();
        assertThat(session.isExpiredAt(T0.plus(Duration.ofDays(14)))).isTrue();
    }

    @Test
    void rotationReplacesTheHashAndExtendsUpToTheAbsoluteLifetime() {
        Session session = Session.start(ID, USER, FIRST, T0, POLICY);
        Session rotated = session.rotated(SECOND, T0.plus(Duration.ofDays(10)), POLICY);
        assertThat(rotated.refreshTokenHash()).isEqualTo(SECOND);
        assertThat(rotated.id()).isEqualTo(ID);
        assertThat(rotated.createdAt()).isEqualTo(T0);
        assertThat(rotated.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(24)));
        Session late = rotated.rotated(FIRST, T0.plus(Duration.ofDays(85)), POLICY);
        assertThat(late.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(90)));
    }

    @Test
    void rotationNeverMovesLastUseBackwards() {
        Session session = Session.start(ID, USER, FIRST, T0.plusSeconds(100), POLICY);
        Session rotated = session.rotated(SECOND, T0, POLICY);
        assertThat(rotated.lastUsedAt()).isEqualTo(T0.plusSeconds(100));
    }

    @Test
    void timesMustBeOrdered() {
        assertThatThrownBy(() -> new Session(ID, USER, FIRST, T0, T0.minusSeconds(1), T0.plusSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Session(ID, USER, FIRST, T0, T0.plusSeconds(5), T0.plusSeconds(4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Session(ID, null, FIRST, T0, T0, T0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rotationBeforeExpiryKeepsTheInvariants() {
        qt().withExamples(EXAMPLES).forAll(Gens.longs(0, 13 * 86_400), Gens.longs(0, 13 * 86_400))
                .checkAssert((firstGap, secondGap) -> {
                    Session session = Session.start(ID, USER, FIRST, T0, POLICY);
                    Instant firstUse = T0.plusSeconds(firstGap);
                    Session once = session.rotated(SECOND, firstUse, POLICY);
                    Session twice = once.rotated(FIRST, firstUse.plusSeconds(secondGap), POLICY);
                    assertThat(twice.lastUsedAt()).isAfterOrEqualTo(once.lastUsedAt());
                    assertThat(twice.expiresAt()).isAfterOrEqualTo(once.expiresAt())
                            .isBeforeOrEqualTo(T0.plus(POLICY.absoluteLifetime()));
                    assertThat(twice.isExpiredAt(twice.lastUsedAt()))
                            .isEqualTo(twice.lastUsedAt().equals(twice.expiresAt()));
                });
    }
}
