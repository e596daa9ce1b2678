package com.photostore.archfixture.good.port.out;

import com.photostore.archfixture.good.domain.album.Album;
import java.util.List;

/** An out port that sees the domain only. */
public interface AlbumRepository {
    /** Every stored album. */
    List<Album> findAll();
}
