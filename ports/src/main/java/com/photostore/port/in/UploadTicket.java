package com.photostore.port.in;

import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.UploadForm;
import java.util.Objects;

/** The id the photo will have and the form to upload its file with. */
public record UploadTicket(PhotoId photoId, UploadForm form) {
    public UploadTicket {
        Objects.requireNonNull(photoId, "photoId");
        Objects.requireNonNull(form, "form");
    }
}
