package com.photostore.domain.query;

import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing: order, filter, page size (1–200, default 50) and the opaque cursor of the
 * previous page's end, if continuing.
 */
public record PhotoQuery(PhotoSort sort, SortOrder order, PhotoFilter filter, int limit, Optional<String> cursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final int MAX_CURSOR_LENGTH = 2048;

    public PhotoQuery {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(cursor, "cursor");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit in [1, " + MAX_LIMIT + "]");
        }
    }

    /** The first page of ready photos, newest upload first. */
    public static PhotoQuery firstPage() {
        return new PhotoQuery(PhotoSort.UPLOADED_AT, SortOrder.DESC, PhotoFilter.READY, DEFAULT_LIMIT, Optional.empty());
    }

    /** The same query continuing after a cursor. */
    public PhotoQuery after(String nextCursor) {
        return new PhotoQuery(sort, order, filter, limit, Optional.of(nextCursor));
    }

    /**
     * A canonical text of what the query selects and in which order (not the page size or cursor), so a
     * cursor can be bound to the query it was issued for.
     */
    public String fingerprint() {
        return sort.apiName() + "|" + order.apiName() + "|" + filter.canonical();
    }
}
