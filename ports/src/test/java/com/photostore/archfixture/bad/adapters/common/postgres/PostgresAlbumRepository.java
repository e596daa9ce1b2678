package com.photostore.archfixture.bad.adapters.common.postgres;

import com.photostore.archfixture.bad.port.out.AlbumRepository;

/** A well-behaved adapter the bad fixtures lean on. */
public final class PostgresAlbumRepository implements AlbumRepository {
    @Override
    public String find(String name) {
        return name;
    }
}
