package com.photostore.archfixture.good.application.service;

import com.photostore.archfixture.good.domain.album.Album;
import com.photostore.archfixture.good.port.in.ListAlbumsUseCase;
import com.photostore.archfixture.good.port.out.AlbumRepository;
import java.util.List;

/** A service written against ports only. */
public final class ListAlbumsService implements ListAlbumsUseCase {
    private final AlbumRepository repository;

    public ListAlbumsService(AlbumRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Album> list() {
        return repository.findAll();
    }
}
