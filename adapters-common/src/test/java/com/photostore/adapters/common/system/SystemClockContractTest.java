package com.photostore.adapters.common.system;

import static org.awaitility.Awaitility.await;

import com.photostore.port.out.Clock;
import com.photostore.port.out.contract.ClockContractTest;
import java.time.Duration;
import java.time.Instant;

class SystemClockContractTest extends ClockContractTest {

    @Override
    protected Clock clock() {
        return new SystemClock();
    }

    @Override
    protected void letTimePass(Duration duration) {
        Instant until = Instant.now().plus(duration);
        await().pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(5))
                .until(() -> !Instant.now().isBefore(until));
    }
}
