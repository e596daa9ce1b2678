package com.photostore.archfixture.bad.wiring;

import com.photostore.archfixture.bad.server.LambdaAwareServer;

/** Breaks rule 5: the shared wiring reaches into an app. */
public final class ServerAwareWiring {
    private ServerAwareWiring() {
    }

    /** The app's class, which shared wiring must not know. */
    public static Class<?> server() {
        return LambdaAwareServer.class;
    }
}
