package com.photostore.application.service;

import com.photostore.domain.query.PhotoQuery;
import com.photostore.domain.session.Principal;
import com.photostore.domain.user.UserId;
import com.photostore.port.in.ListPhotosUseCase;
import com.photostore.port.in.PhotoListing;
import com.photostore.port.in.PhotoView;
import com.photostore.port.out.CatalogPage;
import com.photostore.port.out.CatalogQuery;
import com.photostore.port.out.Clock;
import com.photostore.port.out.ObjectStorage;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.Settings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Pages through the caller's photos with signed cursors that only continue the query and user they were issued for. */
public final class ListPhotosService implements ListPhotosUseCase {
    private final PhotoCatalog catalog;
    private final CursorCodec cursors;
    private final PhotoViews views;

    public ListPhotosService(PhotoCatalog catalog, ObjectStorage storage, Secrets secrets, Clock clock, Settings settings) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.cursors = new CursorCodec(secrets);
        this.views = new PhotoViews(storage, clock, settings);
    }

    @Override
    public PhotoListing list(Principal principal, PhotoQuery query) {
        UserId owner = principal.userId();
        Optional<String> continuation = query.cursor().map(cursor -> cursors.open(owner, query, cursor));
        CatalogPage page = catalog.list(new CatalogQuery(owner, query.sort(), query.order(), query.filter(),
                query.limit(), continuation));
        List<PhotoView> items = page.items().stream().map(views::view).toList();
        return new PhotoListing(items, page.continuation().map(token -> cursors.seal(owner, query, token)));
    }
}
