package com.photostore.application.service;

import com.photostore.domain.error.NotFoundException;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.Principal;
import com.photostore.port.out.PhotoCatalog;

/** Finds a caller's photo by its id; another user's photo is reported as not found. */
final class OwnedPhotos {
    static final String NOT_FOUND = "no such photo";

    private final PhotoCatalog catalog;

    OwnedPhotos(PhotoCatalog catalog) {
        this.catalog = catalog;
    }

    Photo find(Principal principal, PhotoId id) {
        return catalog.find(principal.userId(), id).orElseThrow(OwnedPhotos::notFound);
    }

    static NotFoundException notFound() {
        return new NotFoundException(NOT_FOUND);
    }
}
