package com.photostore.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a listing and the cursor of the next page (empty on the last). */
public record PhotoListing(List<PhotoView> items, Optional<String> nextCursor) {
    public PhotoListing {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }
}
