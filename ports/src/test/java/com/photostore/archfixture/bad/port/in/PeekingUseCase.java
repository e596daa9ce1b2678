package com.photostore.archfixture.bad.port.in;

import com.photostore.archfixture.bad.port.out.AlbumRepository;

/** Breaks rule 4: a use case that sees an out port. */
public interface PeekingUseCase {
    /** The repository behind it. */
    AlbumRepository repository();
}
