package com.photostore.port.out.broken;

import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SortOrder;
import com.photostore.domain.text.TextRules;
import com.photostore.port.out.CatalogPage;
import com.photostore.port.out.CatalogQuery;
import com.photostore.port.out.PhotoCatalog;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A catalogue whose pages continue after the last sort-key value, so photos tied with a page's last one are lost. */
final class TieSkippingCatalog {
    private TieSkippingCatalog() {
    }

    /** The healthy catalogue with its listing replaced by the tie-skipping one. */
    static PhotoCatalog around(PhotoCatalog healthy) {
        return Sabotage.of(PhotoCatalog.class, healthy, "list", (args, call) -> list(healthy, (CatalogQuery) args[0]));
    }

    private static CatalogPage list(PhotoCatalog healthy, CatalogQuery query) {
        CatalogQuery everything = new CatalogQuery(query.owner(), query.sort(), query.order(), query.filter(), 1000,
                Optional.empty());
        Comparator<Photo> byKey = keyOnly(query.sort(), query.order());
        Optional<Photo> last = query.continuation().flatMap(id -> healthy.find(query.owner(), new PhotoId(id)));
        List<Photo> rest = healthy.list(everything).items().stream()
                .filter(p -> last.isEmpty() || byKey.compare(p, last.get()) > 0)
                .toList();
        if (rest.size() <= query.limit()) {
            return new CatalogPage(rest, Optional.empty());
        }
        List<Photo> page = rest.subList(0, query.limit());
        return new CatalogPage(page, Optional.of(page.get(page.size() - 1).id().value()));
    }

    private static Comparator<Photo> keyOnly(PhotoSort sort, SortOrder order) {
        Comparator<Photo> ascending = switch (sort) {
            case UPLOADED_AT -> Comparator.comparing(Photo::uploadedAt);
            case TAKEN_AT -> Comparator.comparing(Photo::timelineInstant);
            case NAME -> (a, b) -> TextRules.compareCodePoints(a.fileName().sortKey(), b.fileName().sortKey());
            case SIZE -> Comparator.comparingLong(Photo::size);
        };
        return order == SortOrder.ASC ? ascending : ascending.reversed();
    }
}
