package com.photostore.archfixture.bad.wiring;

import com.photostore.archfixture.bad.application.service.AdapterUsingService;

/** Allowed by rule 5: the shared wiring builds services. */
public final class AlbumWiring {
    private AlbumWiring() {
    }

    /** The service, wired. */
    public static AdapterUsingService service() {
        return new AdapterUsingService();
    }
}
