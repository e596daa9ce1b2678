package com.photostore.domain.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
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

    @Property
    void ofKeepsTheInstant(@ForAll @LongRange(min = -2_000_000_000L, max = 4_000_000_000L) long epochSecond,
                           @ForAll @IntRange(min = -18 * 3600, max = 18 * 3600) int offsetSeconds) {
        Instant instant = Instant.ofEpochSecond(epochSecond);
        TakenAt taken = TakenAt.of(instant, ZoneOffset.ofTotalSeconds(offsetSeconds));
        assertThat(taken.instant()).isEqualTo(instant);
        assertThat(taken.offset().getTotalSeconds()).isEqualTo(offsetSeconds);
    }
}
