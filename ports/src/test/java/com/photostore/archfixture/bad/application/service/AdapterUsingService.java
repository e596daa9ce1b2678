package com.photostore.archfixture.bad.application.service;

import com.photostore.archfixture.bad.adapters.common.postgres.PostgresAlbumRepository;

/** Breaks rule 2: a service that uses an adapter instead of a port. */
public final class AdapterUsingService {
    /** Finds an album. */
    public String find() {
        return new PostgresAlbumRepository().find("x");
    }
}
