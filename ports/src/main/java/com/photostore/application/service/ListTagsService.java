package com.photostore.application.service;

import com.photostore.domain.photo.TagCount;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.ListTagsUseCase;
import com.photostore.port.out.PhotoCatalog;

import java.util.List;
import java.util.Objects;

/** Counts the tags on the caller's ready photos. */
public final class ListTagsService implements ListTagsUseCase {
    private final PhotoCatalog catalog;

    public ListTagsService(PhotoCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public List<TagCount> list(Principal principal) {
        return catalog.tagCounts(principal.userId());
    }
}
