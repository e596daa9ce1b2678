package com.photostore.archfixture.good.adapters.common.http;

import com.photostore.archfixture.good.adapters.common.support.Timeouts;
import com.photostore.archfixture.good.port.in.ListAlbumsUseCase;

/** An HTTP adapter that calls a use case, never a service. */
public final class AlbumRoutes {
    private final ListAlbumsUseCase albums;

    public AlbumRoutes(ListAlbumsUseCase albums) {
        this.albums = albums;
    }

    /** The number of albums, within the shared timeout. */
    public String count() {
        return albums.list().size() + " in " + Timeouts.CALL;
    }
}
