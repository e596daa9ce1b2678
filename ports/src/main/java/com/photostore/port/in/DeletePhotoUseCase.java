package com.photostore.port.in;

import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.Principal;

/** Deletes one of the caller's photos with its files. */
public interface DeletePhotoUseCase {

    /** Removes the record, then the original and thumbnails; another user's photo is not found. */
    void delete(Principal principal, PhotoId photoId);
}
