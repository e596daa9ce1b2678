package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.photo.Photo;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SortOrder;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.CatalogPage;
import com.photostore.port.out.CatalogQuery;
import com.photostore.port.out.CreateOutcome;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.TransitionOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Puts test photos into a catalogue through its port, and pages through listings. */
public final class CatalogFixture {
    private static final int MAX_PAGES = 100_000;

    private final PhotoCatalog catalog;

    public CatalogFixture(PhotoCatalog catalog) {
        this.catalog = catalog;
    }

    /** Records the photo as PENDING and returns it as recorded. */
    public Photo pending(TestPhoto photo) {
        Photo pending = photo.pending();
        assertThat(catalog.createPending(pending)).isEqualTo(new CreateOutcome.Created());
        return pending;
    }

    /** Records the photo and makes it READY; returns it as stored. */
    public Photo ready(TestPhoto photo) {
        Photo pending = pending(photo);
        TransitionOutcome outcome = catalog.markReady(pending.owner(), pending.id(), photo.metadata(),
                pending.size(), photo.fileSha256());
        assertThat(outcome).isInstanceOf(TransitionOutcome.Applied.class);
        return ((TransitionOutcome.Applied) outcome).photo();
    }

    /** Saves an edit of a stored photo; returns it as stored. */
    public Photo edited(Photo edited) {
        assertThat(catalog.saveEdit(edited)).isTrue();
        return edited;
    }

    /** Records the photo and rejects it; returns it as stored. */
    public Photo rejected(TestPhoto photo) {
        Photo pending = pending(photo);
        TransitionOutcome outcome = catalog.markRejected(pending.owner(), pending.id(), "not an image");
        assertThat(outcome).isInstanceOf(TransitionOutcome.Applied.class);
        return ((TransitionOutcome.Applied) outcome).photo();
    }

    /** The first page of a listing. */
    public static CatalogQuery query(UserId owner, PhotoSort sort, SortOrder order, PhotoFilter filter, int limit) {
        return new CatalogQuery(owner, sort, order, filter, limit, Optional.empty());
    }

    /** Every photo of a listing, following continuation tokens to the end; no page exceeds the limit. */
    public List<Photo> all(CatalogQuery first) {
        List<Photo> all = new ArrayList<>();
        CatalogQuery query = first;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            CatalogPage page = catalog.list(query);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(query.limit());
            all.addAll(page.items());
            if (page.continuation().isEmpty()) {
                return all;
            }
            query = query.after(page.continuation().get());
        }
        throw new AssertionError("the listing did not end after " + MAX_PAGES + " pages");
    }

    /** The photos in the order a listing must return them. */
    public static List<Photo> sorted(List<Photo> photos, PhotoSort sort, SortOrder order) {
        return photos.stream().sorted(sort.comparator(order)).toList();
    }
}
