package com.photostore.adapters.common.postgres;

import static com.photostore.adapters.common.postgres.schema.Tables.PHOTOS;

import com.photostore.adapters.common.postgres.schema.tables.records.PhotosRecord;
import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.photo.TagCount;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.CatalogPage;
import com.photostore.port.out.CatalogQuery;
import com.photostore.port.out.CreateOutcome;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.TransitionOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The photo catalogue in the PostgreSQL {@code photos} table: unique indexes and conditional updates
 * ({@code WHERE status = 'PENDING'}, {@code WHERE version = ?}) make every change happen at most once.
 */
public final class JooqPhotoCatalog implements PhotoCatalog {
    private static final String PENDING = PhotoStatus.PENDING.name();

    private final DSLContext dsl;
    private final CatalogListing listing;
    private final PhotoTransitions transitions;

    public JooqPhotoCatalog(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.listing = new CatalogListing(dsl);
        this.transitions = new PhotoTransitions(dsl);
    }

    @Override
    public CreateOutcome createPending(Photo photo) {
        PhotosRecord row = PhotoRows.toRecord(photo);
        for (int attempt = 0; attempt < PhotoTransitions.ATTEMPTS; attempt++) {
            if (dsl.insertInto(PHOTOS).set(row).onConflictDoNothing().execute() == 1) {
                return new CreateOutcome.Created();
            }
            if (dsl.fetchExists(PHOTOS, PHOTOS.ID.eq(photo.id().value()))) {
                return new CreateOutcome.IdTaken();
            }
            Optional<PhotoId> existing = transitions.liveWithContent(photo.owner(), photo.sha256(), photo.id());
            if (existing.isPresent()) {
                return new CreateOutcome.DuplicateContent(existing.get());
            }
        }
        throw new IllegalStateException("the photo kept conflicting with rows that then disappeared");
    }

    @Override
    public Optional<Photo> find(UserId owner, PhotoId id) {
        return dsl.selectFrom(PHOTOS).where(PHOTOS.OWNER_ID.eq(owner.value()), PHOTOS.ID.eq(id.value()))
                .fetchOptional(PhotoRows::toPhoto);
    }

    @Override
    public TransitionOutcome markReady(UserId owner, PhotoId id, ImageMetadata metadata, long size, Sha256 sha256) {
        return transitions.apply(owner, id, current -> current.ready(metadata, size, sha256));
    }

    @Override
    public TransitionOutcome markRejected(UserId owner, PhotoId id, String reason) {
        return transitions.apply(owner, id, current -> current.rejected(reason));
    }

    @Override
    public boolean saveEdit(Photo edited) {
        return dsl.update(PHOTOS)
                .set(PHOTOS.TITLE, edited.title() == null ? null : edited.title().value())
                .set(PHOTOS.DESCRIPTION, edited.description() == null ? null : edited.description().value())
                .set(PHOTOS.TAGS, PhotoRows.tagArray(edited.tags()))
                .set(PHOTOS.SEARCH_TEXT, edited.searchText())
                .set(PHOTOS.VERSION, edited.version())
                .where(PHOTOS.OWNER_ID.eq(edited.owner().value()), PHOTOS.ID.eq(edited.id().value()),
                        PHOTOS.VERSION.eq(edited.version() - 1))
                .execute() == 1;
    }

    @Override
    public Optional<Photo> delete(UserId owner, PhotoId id) {
        return dsl.deleteFrom(PHOTOS).where(PHOTOS.OWNER_ID.eq(owner.value()), PHOTOS.ID.eq(id.value()))
                .returning().fetchOptional().map(PhotoRows::toPhoto);
    }

    @Override
    public CatalogPage list(CatalogQuery query) {
        return listing.page(query);
    }

    @Override
    public List<TagCount> tagCounts(UserId owner) {
        Field<String> tag = DSL.field("unnest({0})", SQLDataType.CLOB, PHOTOS.TAGS).as("tag");
        Field<String> tagName = DSL.field(DSL.name("tag"), SQLDataType.CLOB);
        Field<Integer> count = DSL.count().as("uses");
        return dsl.select(tag, count)
                .from(PHOTOS)
                .where(PHOTOS.OWNER_ID.eq(owner.value()), PHOTOS.STATUS.eq(PhotoStatus.READY.name()))
                .groupBy(tagName)
                .orderBy(DSL.count().desc(), tagName.asc())
                .fetch(r -> new TagCount(new Tag(r.value1()), r.value2()));
    }

    @Override
    public List<Photo> expiredPending(Instant now, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return dsl.selectFrom(PHOTOS)
                .where(PHOTOS.STATUS.eq(PENDING), PHOTOS.PENDING_UNTIL.lt(PhotoRows.utc(now)))
                .orderBy(PHOTOS.PENDING_UNTIL.asc(), PHOTOS.ID.asc())
                .limit(limit)
                .fetch(PhotoRows::toPhoto);
    }
}
