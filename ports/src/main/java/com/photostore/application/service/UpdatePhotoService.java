package com.photostore.application.service;

import com.photostore.domain.error.ConflictException;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.PhotoView;
import com.photostore.port.in.UpdatePhotoCommand;
import com.photostore.port.in.UpdatePhotoUseCase;
import com.photostore.port.out.Clock;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.Settings;

import java.util.Objects;

/**
 * Edits a photo by reading it, applying the changes and saving on condition that nobody saved in between,
 * retrying on a clash, so concurrent edits (one adding a tag, another removing one) are all kept.
 */
public final class UpdatePhotoService implements UpdatePhotoUseCase {
    static final int MAX_ATTEMPTS = 10;
    static final String BUSY = "the photo is being changed by another request; try again";

    private final PhotoCatalog catalog;
    private final OwnedPhotos photos;
    private final PhotoViews views;

    public UpdatePhotoService(PhotoCatalog catalog, ObjectStorage storage, Clock clock, Settings settings) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.photos = new OwnedPhotos(catalog);
        this.views = new PhotoViews(storage, clock, settings);
    }

    @Override
    public PhotoView update(Principal principal, UpdatePhotoCommand command) {
        InputErrors errors = new InputErrors();
        PhotoId id = command.photoId();
        PhotoEdit edit = PhotoEdit.parse(command, errors);
        errors.throwIfAny();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Photo edited = edit.applyTo(photos.find(principal, id));
            if (catalog.saveEdit(edited)) {
                return views.view(edited);
            }
        }
        throw new ConflictException(BUSY);
    }
}
