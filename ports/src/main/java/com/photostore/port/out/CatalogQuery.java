package com.photostore.port.out;

import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SortOrder;
import com.photostore.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of one owner's photos for a catalogue: order, filter, page size, and the catalogue's own
 * continuation token from the previous page (already verified by the caller; never seen by clients).
 */
public record CatalogQuery(UserId owner, PhotoSort sort, SortOrder order, PhotoFilter filter, int limit,
                           Optional<String> continuation) {
    public CatalogQuery {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(continuation, "continuation");
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit in [1, 1000]");
        }
    }

    /** The same query continuing after a page. */
    public CatalogQuery after(String token) {
        return new CatalogQuery(owner, sort, order, filter, limit, Optional.of(token));
    }
}
