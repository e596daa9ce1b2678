package com.photostore.adapters.common.system;

import com.photostore.port.out.Clock;
import java.time.Instant;

/** The machine's wall clock. */
public final class SystemClock implements Clock {

    @Override
    public Instant now() {
        return Instant.now();
    }
}
