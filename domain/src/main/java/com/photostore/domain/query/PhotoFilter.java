package com.photostore.domain.query;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Which photos a listing shows; every condition must hold: the status (READY unless asked), all of
 * the tags, taken-at (on the time line, see {@link Photo#timelineInstant()}) and uploaded-at ranges,
 * the real content type, and a case-insensitive piece of the file name.
 */
public record PhotoFilter(PhotoStatus status, List<Tag> allTags, TimeRange taken, TimeRange uploaded,
                          ContentType contentType, String nameContains) {
    public static final int MAX_TAGS = 10;
    public static final int MAX_NAME_TEXT = 100;
    public static final PhotoFilter READY = new PhotoFilter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL, null, null);

    public PhotoFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(taken, "taken");
        Objects.requireNonNull(uploaded, "uploaded");
        allTags = List.copyOf(new TreeSet<>(allTags));
        if (allTags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("at most " + MAX_TAGS + " tags in a filter");
        }
        if (nameContains != null) {
            nameContains = nameContains.toLowerCase(Locale.ROOT);
            if (nameContains.isEmpty()) {
                nameContains = null;
            }
        }
    }

    /** Whether a photo passes every condition. */
    public boolean matches(Photo photo) {
        return photo.status() == status
                && photo.tags().containsAll(allTags)
                && taken.contains(photo.timelineInstant())
                && uploaded.contains(photo.uploadedAt())
                && (contentType == null || photo.contentType() == contentType)
                && (nameContains == null || photo.fileName().sortKey().contains(nameContains));
    }

    /** A canonical text of the filter, equal for equal filters. */
    public String canonical() {
        return String.join("|", status.apiName(), String.join(",", allTags.stream().map(Tag::value).toList()),
                String.valueOf(taken.from()), String.valueOf(taken.to()),
                String.valueOf(uploaded.from()), String.valueOf(uploaded.to()),
                contentType == null ? "" : contentType.mimeType(), nameContains == null ? "" : nameContains);
    }
}
