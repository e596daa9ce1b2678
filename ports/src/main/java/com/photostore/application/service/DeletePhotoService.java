package com.photostore.application.service;

import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.DeletePhotoUseCase;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.PhotoCatalog;

import java.util.Objects;

/** Deletes the record first, so the photo disappears at once and a late upload event finds nothing, then its files. */
public final class DeletePhotoService implements DeletePhotoUseCase {
    private final PhotoCatalog catalog;
    private final ObjectStorage storage;

    public DeletePhotoService(PhotoCatalog catalog, ObjectStorage storage) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public void delete(Principal principal, PhotoId photoId) {
        Photo deleted = catalog.delete(principal.userId(), photoId).orElseThrow(OwnedPhotos::notFound);
        storage.delete(deleted.keys().all());
    }
}
