package com.photostore.archfixture.bad.adapters.common.http;

import com.photostore.archfixture.bad.adapters.common.postgres.PostgresAlbumRepository;

/** Breaks rule 6: the http adapter depends on the postgres adapter. */
public final class PostgresUsingRoutes {
    /** Answers. */
    public String answer() {
        return new PostgresAlbumRepository().find("x");
    }
}
