package com.photostore.port.in;

import com.photostore.domain.session.Principal;

/** Edits the title, description and tags of one of the caller's photos. */
public interface UpdatePhotoUseCase {

    /** Applies the changes atomically and returns the photo as stored; concurrent edits are not lost. */
    PhotoView update(Principal principal, UpdatePhotoCommand command);
}
