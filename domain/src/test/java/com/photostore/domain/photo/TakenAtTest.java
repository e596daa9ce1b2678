package com.photostore.domain.photo;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.testing.Gens;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TakenAtTest {

    private static final LocalDateTime LOCAL = LocalDateTime.parse("2024-05-31T18:30:00");

    @Test
    void withAnOffsetTheLocalTimeIsShifted() {
        TakenAt taken = new TakenAt(LOCAL, ZoneOffset.ofHours(2));
        assertThat(taken.instant()).isEqualTo(Instant.parse("2024-05-31T16:30:00Z"));
        assertThat(taken.hasOffset()).isTrue();
    }

    @Test
    void withoutAnOffsetTheLocalTimeIsReadAsUtc() {
        TakenAt taken = new TakenAt(LOCAL, null);
        assertThat(taken.instant()).isEqualTo(Instant.parse("2024-05-31T18:30:00Z"));
        assertThat(taken.hasOffset()).isFalse();
        assertThatThrownBy(() -> new TakenAt(null, ZoneOffset.UTC)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ofKeepsTheInstant() {
        qt().withExamples(EXAMPLES)
                .forAll(Gens.longs(-2_000_000_000L, 4_000_000_000L), Gens.ints(-18 * 3600, 18 * 3600))
                .checkAssert((epochSecond, offsetSeconds) -> {
                    Instant instant = Instant.ofEpochSecond(epochSecond);
                    TakenAt taken = TakenAt.of(instant, ZoneOffset.ofTotalSeconds(offsetSeconds));
                    assertThat(taken.instant()).isEqualTo(instant);
                    assertThat(taken.offset().getTotalSeconds()).isEqualTo(offsetSeconds);
                });
    }
}
