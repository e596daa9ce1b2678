package com.photostore.archfixture.good.port.in;

import com.photostore.archfixture.good.domain.album.Album;
import java.util.List;

/** A use case that sees the domain only. */
@FunctionalInterface
public interface ListAlbumsUseCase {
    /** The albums. */
    List<Album> list();
}
