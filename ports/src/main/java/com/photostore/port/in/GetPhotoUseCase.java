package com.photostore.port.in;

import com.photostore.domain.session.Principal;

/** Shows one of the caller's photos. */
public interface GetPhotoUseCase {

    /** The caller's photo; a malformed id is invalid input, another user's photo is not found. */
    PhotoView get(Principal principal, String photoId);
}
