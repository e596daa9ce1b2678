package com.photostore.domain.session;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.testing.Gens;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionPolicyTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void defaultPolicyMatchesTheDesign() {
        assertThat(SessionPolicy.DEFAULT.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(SessionPolicy.DEFAULT.inactivityTimeout()).isEqualTo(Duration.ofDays(14));
        assertThat(SessionPolicy.DEFAULT.absoluteLifetime()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void lifetimesMustBePositiveAndAbsoluteAtLeastInactivity() {
        assertThatThrownBy(() -> new SessionPolicy(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionPolicy(Duration.ofMinutes(1), Duration.ofDays(-1), Duration.ofDays(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionPolicy(Duration.ofMinutes(1), Duration.ofDays(3), Duration.ofDays(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SessionPolicy(Duration.ofMinutes(1), Duration.ofDays(2), Duration.ofDays(2)).absoluteLifetime())
                .isEqualTo(Duration.ofDays(2));
    }

    @Test
    void aSessionEndsAfterInactivityOrAtItsAbsoluteEnd() {
        SessionPolicy policy = SessionPolicy.DEFAULT;
        assertThat(policy.expiresAt(T0, T0)).isEqualTo(T0.plus(Duration.ofDays(14)));
        assertThat(policy.expiresAt(T0, T0.plus(Duration.ofDays(80)))).isEqualTo(T0.plus(Duration.ofDays(90)));
    }

    @Test
    void expiryIsTheEarlierOfBothLimits() {
        qt().withExamples(EXAMPLES).forAll(Gens.longs(0, 10_000_000), Gens.ints(1, 30), Gens.ints(0, 60))
                .checkAssert((usedAfterSeconds, inactivityDays, extraDays) -> {
                    SessionPolicy policy = new SessionPolicy(Duration.ofMinutes(15), Duration.ofDays(inactivityDays),
                            Duration.ofDays(inactivityDays + extraDays));
                    Instant used = T0.plusSeconds(usedAfterSeconds);
                    Instant expiry = policy.expiresAt(T0, used);
                    assertThat(expiry).isBeforeOrEqualTo(used.plus(policy.inactivityTimeout()))
                            .isBeforeOrEqualTo(T0.plus(policy.absoluteLifetime()));
                    assertThat(expiry).isIn(used.plus(policy.inactivityTimeout()), T0.plus(policy.absoluteLifetime()));
                });
    }
}
