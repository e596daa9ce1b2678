package com.photostore.port.in;

import com.photostore.domain.photo.Photo;
import java.util.Objects;
import java.util.Optional;

/** A photo as its owner sees it: the record and, when READY, links to its images. */
public record PhotoView(Photo photo, Optional<PhotoUrls> urls) {
    public PhotoView {
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(urls, "urls");
    }
}
