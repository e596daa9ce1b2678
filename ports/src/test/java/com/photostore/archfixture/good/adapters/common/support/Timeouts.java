package com.photostore.archfixture.good.adapters.common.support;

import java.time.Duration;

/** Shared adapter support that every adapter may use. */
public final class Timeouts {
    public static final Duration CALL = Duration.ofSeconds(5);

    private Timeouts() {
    }
}
