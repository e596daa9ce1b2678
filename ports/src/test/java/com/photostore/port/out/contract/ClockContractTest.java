package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.port.out.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Clock} does: it always answers, never runs backwards, and moves as time passes. */
public abstract class ClockContractTest {
    private Clock clock;

    /** The clock under test; called once before each test. */
    protected abstract Clock clock();

    /** Lets at least {@code duration} pass on the clock under test (waits for a real clock, advances a fake one). */
    protected abstract void letTimePass(Duration duration);

    @BeforeEach
    void setUpClock() {
        clock = clock();
    }

    @Test
    void nowNeverRunsBackwards() {
        Instant previous = clock.now();
        for (int i = 0; i < 10_000; i++) {
            Instant next = clock.now();
            assertThat(next).isAfterOrEqualTo(previous);
            previous = next;
        }
    }

    @Test
    void nowMovesAsTimePasses() {
        Instant before = clock.now();

        letTimePass(Duration.ofMillis(20));

        assertThat(clock.now()).isAfterOrEqualTo(before.plusMillis(20));
    }
}
