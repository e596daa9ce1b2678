package com.photostore.application.service;

import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.error.NotFoundException;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.Principal;
import com.photostore.port.out.PhotoCatalog;

/** Finds a caller's photo by the id a client sent; another user's photo is reported as not found. */
final class OwnedPhotos {
    static final String ID_FIELD = "id";
    static final String NOT_FOUND = "no such photo";

    private final PhotoCatalog catalog;

    OwnedPhotos(PhotoCatalog catalog) {
        this.catalog = catalog;
    }

    static PhotoId parseId(String raw) {
        return PhotoId.tryParse(raw).orElseThrow(() -> InvalidInputException.of(ID_FIELD, "is not a photo id"));
    }

    Photo find(Principal principal, PhotoId id) {
        return catalog.find(principal.userId(), id).orElseThrow(OwnedPhotos::notFound);
    }

    static NotFoundException notFound() {
        return new NotFoundException(NOT_FOUND);
    }
}
