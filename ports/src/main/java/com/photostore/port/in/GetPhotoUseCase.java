package com.photostore.port.in;

import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.Principal;

/** Shows one of the caller's photos. */
public interface GetPhotoUseCase {

    /** The caller's photo, whatever its status; another user's photo is not found. */
    PhotoView get(Principal principal, PhotoId photoId);
}
