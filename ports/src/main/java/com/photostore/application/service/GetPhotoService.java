package com.photostore.application.service;

import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.GetPhotoUseCase;
import com.photostore.port.in.PhotoView;
import com.photostore.port.out.Clock;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.Settings;

import java.util.Objects;

/** Shows one of the caller's photos, whatever its status. */
public final class GetPhotoService implements GetPhotoUseCase {
    private final OwnedPhotos photos;
    private final PhotoViews views;

    public GetPhotoService(PhotoCatalog catalog, ObjectStorage storage, Clock clock, Settings settings) {
        this.photos = new OwnedPhotos(Objects.requireNonNull(catalog, "catalog"));
        this.views = new PhotoViews(storage, clock, settings);
    }

    @Override
    public PhotoView get(Principal principal, PhotoId photoId) {
        return views.view(photos.find(principal, photoId));
    }
}
