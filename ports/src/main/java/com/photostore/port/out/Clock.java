package com.photostore.port.out;

import java.time.Instant;

/** The current time. */
public interface Clock {
    Instant now();
}
