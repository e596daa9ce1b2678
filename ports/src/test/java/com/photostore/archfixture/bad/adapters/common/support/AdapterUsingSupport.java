package com.photostore.archfixture.bad.adapters.common.support;

import com.photostore.archfixture.bad.adapters.common.postgres.PostgresAlbumRepository;

/** Breaks rule 6: shared support that depends on an adapter, which would tie every adapter to it. */
public final class AdapterUsingSupport {
    /** Finds an album. */
    public String find() {
        return new PostgresAlbumRepository().find("x");
    }
}
