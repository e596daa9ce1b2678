package com.photostore.archfixture.bad.server.wiring;

import com.photostore.archfixture.bad.application.service.AdapterUsingService;

/** Allowed by rule 5: wiring may build services. */
public final class ServerWiring {
    private ServerWiring() {
    }

    /** The service, wired. */
    public static AdapterUsingService service() {
        return new AdapterUsingService();
    }
}
