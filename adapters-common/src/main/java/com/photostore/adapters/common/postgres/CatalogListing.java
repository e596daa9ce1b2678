package com.photostore.adapters.common.postgres;

import static com.photostore.adapters.common.postgres.schema.Tables.PHOTOS;

import com.photostore.adapters.common.postgres.schema.tables.records.PhotosRecord;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.TimeRange;
import com.photostore.port.out.CatalogPage;
import com.photostore.port.out.CatalogQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * Reads one page of a listing with keyset pagination: owner and status pick the index, the filter
 * narrows it, and the continuation token starts the range scan right after the previous page.
 */
final class CatalogListing {
    private final DSLContext dsl;

    CatalogListing(DSLContext dsl) {
        this.dsl = dsl;
    }

    CatalogPage page(CatalogQuery query) {
        List<Photo> rows = select(query).fetch(PhotoRows::toPhoto);
        if (rows.size() <= query.limit()) {
            return new CatalogPage(rows, Optional.empty());
        }
        List<Photo> page = rows.subList(0, query.limit());
        return new CatalogPage(page, Optional.of(SortColumn.of(query.sort()).tokenAfter(page.get(page.size() - 1))));
    }

    /** The statement reading a page and one more row, which tells whether another page follows. */
    ResultQuery<PhotosRecord> select(CatalogQuery query) {
        SortColumn<?> column = SortColumn.of(query.sort());
        List<Condition> where = conditions(query);
        query.continuation().ifPresent(token -> where.add(column.after(token, query.order())));
        return dsl.selectFrom(PHOTOS)
                .where(where)
                .orderBy(column.orderBy(query.order()))
                .limit(query.limit() + 1);
    }

    private static List<Condition> conditions(CatalogQuery query) {
        PhotoFilter filter = query.filter();
        List<Condition> where = new ArrayList<>();
        where.add(PHOTOS.OWNER_ID.eq(query.owner().value()));
        where.add(PHOTOS.STATUS.eq(filter.status().name()));
        if (!filter.allTags().isEmpty()) {
            String[] wanted = filter.allTags().stream().map(Tag::value).toArray(String[]::new);
            where.add(PHOTOS.TAGS.contains(wanted));
        }
        within(where, PHOTOS.TIMELINE_AT, filter.taken());
        within(where, PHOTOS.UPLOADED_AT, filter.uploaded());
        if (filter.contentType() != null) {
            where.add(PHOTOS.CONTENT_TYPE.eq(filter.contentType().mimeType()));
        }
        for (String word : filter.text().words()) {
            where.add(DSL.position(PHOTOS.SEARCH_TEXT, DSL.val(word)).gt(0));
        }
        return where;
    }

    private static void within(List<Condition> where, Field<OffsetDateTime> field, TimeRange range) {
        if (range.from() != null) {
            where.add(field.ge(PhotoRows.utc(range.from())));
        }
        if (range.to() != null) {
            where.add(field.lt(PhotoRows.utc(range.to())));
        }
    }
}
