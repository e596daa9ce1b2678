package com.photostore.port.out.fake;

import com.photostore.port.out.Clock;
import com.photostore.port.out.contract.ClockContractTest;
import java.time.Duration;

/** The clock contract, run against the mutable clock. */
public class MutableClockContractTest extends ClockContractTest {
    private final MutableClock clock = new MutableClock();

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }
}
