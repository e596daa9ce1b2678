package com.photostore.domain.query;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Which photos a listing shows; every condition must hold: the status (READY unless asked), all of
 * the tags, taken-at (on the time line, see {@link Photo#timelineInstant()}) and uploaded-at ranges,
 * the real content type, and the search words (in the file name, title, description or tags, whatever
 * their case or accents: {@link Photo#searchText()}).
 */
public record PhotoFilter(PhotoStatus status, List<Tag> allTags, TimeRange taken, TimeRange uploaded,
                          ContentType contentType, SearchTerms text) {
    public static final int MAX_TAGS = 10;
    public static final int MAX_SEARCH_TEXT = 100;
    public static final PhotoFilter READY = new PhotoFilter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL, null, null);

    public PhotoFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(taken, "taken");
        Objects.requireNonNull(uploaded, "uploaded");
        allTags = List.copyOf(new TreeSet<>(allTags));
        if (allTags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("at most " + MAX_TAGS + " tags in a filter");
        }
        if (text == null) {
            text = SearchTerms.NONE;
        }
    }

    /** Whether a photo passes every condition. */
    public boolean matches(Photo photo) {
        return photo.status() == status
                && photo.tags().containsAll(allTags)
                && taken.contains(photo.timelineInstant())
                && uploaded.contains(photo.uploadedAt())
                && (contentType == null || photo.contentType() == contentType)
                && (text.isEmpty() || text.matchFolded(photo.searchText()));
    }

    /** A canonical text of the filter, equal for equal filters. */
    public String canonical() {
        return String.join("|", status.apiName(), String.join(",", allTags.stream().map(Tag::value).toList()),
                String.valueOf(taken.from()), String.valueOf(taken.to()),
                String.valueOf(uploaded.from()), String.valueOf(uploaded.to()),
                contentType == null ? "" : contentType.mimeType(), text.canonical());
    }
}
