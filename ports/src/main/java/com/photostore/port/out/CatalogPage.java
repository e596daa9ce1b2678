package com.photostore.port.out;

import com.photostore.domain.photo.Photo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A page of photos in query order, and the token to continue after it (empty on the last page). */
public record CatalogPage(List<Photo> items, Optional<String> continuation) {
    public CatalogPage {
        items = List.copyOf(items);
        Objects.requireNonNull(continuation, "continuation");
    }
}
