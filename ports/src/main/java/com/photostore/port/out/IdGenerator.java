package com.photostore.port.out;

import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.user.UserId;

/** New identities, unique and unguessable. */
public interface IdGenerator {
    UserId newUserId();

    /** A photo id ordered after every id this generator returned before. */
    PhotoId newPhotoId();

    SessionId newSessionId();
}
