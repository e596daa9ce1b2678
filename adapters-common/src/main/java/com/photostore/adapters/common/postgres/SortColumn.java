package com.photostore.adapters.common.postgres;

import static com.photostore.adapters.common.postgres.schema.Tables.PHOTOS;

import com.photostore.domain.photo.Photo;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SortOrder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * The column behind one sort key, with the keyset condition that continues a listing after a photo:
 * {@code (column, id) > (value, id)} ascending, {@code <} descending, the photo id breaking ties.
 */
final class SortColumn<T> {
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    private final PhotoSort sort;
    private final Field<T> field;
    private final Function<Photo, T> valueOf;
    private final Function<T, String> format;
    private final Function<String, T> parse;

    private SortColumn(PhotoSort sort, Field<T> field, Function<Photo, T> valueOf, Function<T, String> format,
                       Function<String, T> parse) {
        this.sort = sort;
        this.field = field;
        this.valueOf = valueOf;
        this.format = format;
        this.parse = parse;
    }

    static SortColumn<?> of(PhotoSort sort) {
        return switch (sort) {
            case UPLOADED_AT -> instants(sort, PHOTOS.UPLOADED_AT, Photo::uploadedAt);
            case TAKEN_AT -> instants(sort, PHOTOS.TIMELINE_AT, Photo::timelineInstant);
            case NAME -> new SortColumn<>(sort, PHOTOS.NAME_KEY, p -> p.fileName().sortKey(), s -> s, SortColumn::parseName);
            case SIZE -> new SortColumn<>(sort, PHOTOS.SIZE, Photo::size, String::valueOf, SortColumn::parseSize);
        };
    }

    private static SortColumn<OffsetDateTime> instants(PhotoSort sort, Field<OffsetDateTime> field,
                                                       Function<Photo, Instant> instantOf) {
        return new SortColumn<>(sort, field, p -> PhotoRows.utc(instantOf.apply(p)),
                t -> t.toInstant().toString(), SortColumn::parseInstant);
    }

    private static OffsetDateTime parseInstant(String text) {
        Instant instant = Instant.parse(text);
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new IllegalArgumentException("instant out of range");
        }
        return PhotoRows.utc(instant);
    }

    private static String parseName(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a name key has no NUL");
        }
        return text;
    }

    private static Long parseSize(String text) {
        long size = Long.parseLong(text);
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
        return size;
    }

    /** The order of a listing: this column then the id, both in the given direction. */
    List<SortField<?>> orderBy(SortOrder order) {
        return order == SortOrder.ASC
                ? List.of(field.asc(), PHOTOS.ID.asc())
                : List.of(field.desc(), PHOTOS.ID.desc());
    }

    /** The token that continues a listing after this photo. */
    String tokenAfter(Photo last) {
        return new ContinuationToken(sort.apiName(), last.id(), format.apply(valueOf.apply(last))).encode();
    }

    /** The rows strictly after the position a token names, in the given direction. */
    Condition after(String token, SortOrder order) {
        ContinuationToken position = ContinuationToken.parse(token);
        if (!position.sortName().equals(sort.apiName())) {
            throw ContinuationToken.invalid();
        }
        T value;
        try {
            value = parse.apply(position.lastValue());
        } catch (RuntimeException e) {
            throw ContinuationToken.invalid();
        }
        var here = DSL.row(field, PHOTOS.ID);
        var last = DSL.row(DSL.val(value, field), DSL.val(position.lastId().value(), PHOTOS.ID));
        return order == SortOrder.ASC ? here.gt(last) : here.lt(last);
    }
}
