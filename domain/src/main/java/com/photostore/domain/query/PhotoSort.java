package com.photostore.domain.query;

import com.photostore.domain.photo.Photo;
import com.photostore.domain.text.TextRules;
import java.util.Comparator;

/**
 * The keys a library can be sorted by. Ties are broken by photo id in the same direction, so every
 * order is total and pages never skip or repeat a photo. {@link #TAKEN_AT} uses
 * {@link Photo#timelineInstant()}; {@link #NAME} compares lower-cased file names by code point.
 */
public enum PhotoSort {
    UPLOADED_AT("uploadedAt", Comparator.comparing(Photo::uploadedAt)),
    TAKEN_AT("takenAt", Comparator.comparing(Photo::timelineInstant)),
    NAME("name", (a, b) -> TextRules.compareCodePoints(a.fileName().sortKey(), b.fileName().sortKey())),
    SIZE("size", Comparator.comparingLong(Photo::size));

    private final String apiName;
    private final Comparator<Photo> byKey;

    PhotoSort(String apiName, Comparator<Photo> byKey) {
        this.apiName = apiName;
        this.byKey = byKey;
    }

    /** The name used in the API. */
    public String apiName() {
        return apiName;
    }

    /** The total order of photos under this key and direction, ties broken by id. */
    public Comparator<Photo> comparator(SortOrder order) {
        Comparator<Photo> total = byKey.thenComparing(Photo::id);
        return order == SortOrder.ASC ? total : total.reversed();
    }

    /** The key with this API name, if any. */
    public static java.util.Optional<PhotoSort> fromApiName(String name) {
        for (PhotoSort sort : values()) {
            if (sort.apiName.equals(name)) {
                return java.util.Optional.of(sort);
            }
        }
        return java.util.Optional.empty();
    }
}
