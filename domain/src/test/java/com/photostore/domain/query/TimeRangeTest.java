package com.photostore.domain.query;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.testing.Gens;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static final Instant T0 = Instant.parse("2024-05-31T00:00:00Z");

    @Test
    void rangesAreHalfOpen() {
        TimeRange day = new TimeRange(T0, T0.plusSeconds(86_400));
        assertThat(day.contains(T0)).isTrue();
        assertThat(day.contains(T0.plusSeconds(86_399))).isTrue();
        assertThat(day.contains(T0.plusSeconds(86_400))).isFalse();
        assertThat(day.contains(T0.minusNanos(1))).isFalse();
        assertThat(day.isUnbounded()).isFalse();
    }

    @Test
    void openEndsContainEverythingOnTheirSide() {
        assertThat(TimeRange.ALL.contains(Instant.MIN)).isTrue();
        assertThat(TimeRange.ALL.isUnbounded()).isTrue();
        assertThat(new TimeRange(T0, null).contains(Instant.MAX)).isTrue();
        assertThat(new TimeRange(null, T0).contains(T0)).isFalse();
        assertThat(new TimeRange(null, T0).isUnbounded()).isFalse();
    }

    @Test
    void fromMustBeBeforeTo() {
        assertThatThrownBy(() -> new TimeRange(T0, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeRange(T0.plusSeconds(1), T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void containsIsFromInclusiveToExclusive() {
        qt().withExamples(EXAMPLES).forAll(Gens.longs(-100, 100), Gens.longs(1, 100), Gens.longs(-300, 300))
                .checkAssert((from, length, at) -> {
                    TimeRange range = new TimeRange(T0.plusSeconds(from), T0.plusSeconds(from + length));
                    assertThat(range.contains(T0.plusSeconds(at))).isEqualTo(at >= from && at < from + length);
                });
    }
}
