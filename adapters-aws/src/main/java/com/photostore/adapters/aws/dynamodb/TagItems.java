package com.photostore.adapters.aws.dynamodb;

import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the tag items of a photo (one per tag, carrying the photo's index keys under that tag) in step with
 * the photo; listings check every photo they find through a tag item, so a tag item left behind is harmless.
 */
final class TagItems {
    private final CatalogTable table;

    TagItems(CatalogTable table) {
        this.table = table;
    }

    /** Writes the tag items of the photo as it is (or will be). */
    void write(Photo photo) {
        table.write(photo.tags().values().stream().map(tag -> PhotoItems.tagItem(photo, tag)).toList(), List.of());
    }

    /** Removes the tag items of these tags of a photo. */
    void remove(UserId owner, PhotoId id, Collection<Tag> tags) {
        table.write(List.of(), tags.stream().map(tag -> PhotoItems.key(owner, SortKeys.tagItem(tag, id))).toList());
    }

    /**
     * Brings the tag items of a photo back in line with what is stored after a conditional write failed:
     * those of the stored photo rewritten, those of the other touched tags removed.
     */
    void restore(UserId owner, PhotoId id, Optional<Photo> stored, Collection<Tag> touched) {
        List<Tag> kept = stored.map(p -> p.tags().values()).orElse(List.of());
        stored.ifPresent(this::write);
        remove(owner, id, touched.stream().filter(tag -> !kept.contains(tag)).toList());
    }
}
