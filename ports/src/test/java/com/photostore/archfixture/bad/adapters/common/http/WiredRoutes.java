package com.photostore.archfixture.bad.adapters.common.http;

import com.photostore.archfixture.bad.wiring.ServerAwareWiring;

/** Breaks rule 5: an adapter reaches up into the wiring that composes it. */
public final class WiredRoutes {
    private WiredRoutes() {
    }

    /** The wiring's class, which an adapter must not know. */
    public static Class<?> wiring() {
        return ServerAwareWiring.class;
    }
}
