package com.photostore.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
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

    @Property
    void containsIsFromInclusiveToExclusive(@ForAll @LongRange(min = -100, max = 100) long from,
                                            @ForAll @LongRange(min = 1, max = 100) long length,
                                            @ForAll @LongRange(min = -300, max = 300) long at) {
        TimeRange range = new TimeRange(T0.plusSeconds(from), T0.plusSeconds(from + length));
        assertThat(range.contains(T0.plusSeconds(at))).isEqualTo(at >= from && at < from + length);
    }
}
