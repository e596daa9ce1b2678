package com.photostore.port.out;

import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import java.util.Objects;

/** The result of a conditional change of a photo's status. */
public sealed interface TransitionOutcome {

    /** The change was made; this is the photo as stored now. */
    record Applied(Photo photo) implements TransitionOutcome {
        public Applied {
            Objects.requireNonNull(photo, "photo");
        }
    }

    /** Nothing changed: the photo is no longer pending (a duplicate or late event). */
    record NotPending(Photo current) implements TransitionOutcome {
        public NotPending {
            Objects.requireNonNull(current, "current");
        }
    }

    /** Nothing changed: there is no such photo (never requested, or deleted). */
    record Missing() implements TransitionOutcome {
    }

    /** Nothing changed: the owner already has another photo with this content. */
    record DuplicateContent(PhotoId existing) implements TransitionOutcome {
        public DuplicateContent {
            Objects.requireNonNull(existing, "existing");
        }
    }
}
