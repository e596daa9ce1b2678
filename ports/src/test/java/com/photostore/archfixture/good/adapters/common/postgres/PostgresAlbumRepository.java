package com.photostore.archfixture.good.adapters.common.postgres;

import com.photostore.archfixture.good.adapters.common.support.Timeouts;
import com.photostore.archfixture.good.domain.album.Album;
import com.photostore.archfixture.good.port.out.AlbumRepository;
import java.util.List;

/** A repository adapter implementing an out port. */
public final class PostgresAlbumRepository implements AlbumRepository {
    @Override
    public List<Album> findAll() {
        return List.of(new Album("timeout " + Timeouts.CALL, List.of()));
    }
}
