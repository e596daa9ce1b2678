package com.photostore.archfixture.bad.domain.album;

import com.photostore.archfixture.bad.port.out.AlbumRepository;

/** Breaks rule 1: a domain type that depends on an out port. */
public final class AlbumWithRepository {
    /** Loads itself. */
    public String load(AlbumRepository repository) {
        return repository.find("album");
    }
}
