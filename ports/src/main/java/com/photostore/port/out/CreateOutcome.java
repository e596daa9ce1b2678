package com.photostore.port.out;

import com.photostore.domain.photo.PhotoId;
import java.util.Objects;

/** The result of recording a new photo: stored, or refused because the owner already has its content. */
public sealed interface CreateOutcome {

    /** The photo was stored. */
    record Created() implements CreateOutcome {
    }

    /** Nothing was stored: the owner has a photo (not rejected) with the same SHA-256. */
    record DuplicateContent(PhotoId existing) implements CreateOutcome {
        public DuplicateContent {
            Objects.requireNonNull(existing, "existing");
        }
    }

    /** Nothing was stored: a photo with this id exists. */
    record IdTaken() implements CreateOutcome {
    }
}
