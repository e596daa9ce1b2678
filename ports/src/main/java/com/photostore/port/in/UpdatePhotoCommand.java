package com.photostore.port.in;

import com.photostore.domain.photo.PhotoId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes to a photo as the client sent them: title and description patches; either a whole new tag
 * list ({@code tags}) or tags to add and to remove (not both).
 */
public record UpdatePhotoCommand(PhotoId photoId, Patch<String> title, Patch<String> description,
                                 Optional<List<String>> tags, List<String> addTags, List<String> removeTags) {
    public UpdatePhotoCommand {
        Objects.requireNonNull(photoId, "photoId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(tags, "tags");
        addTags = addTags == null ? List.of() : List.copyOf(addTags);
        removeTags = removeTags == null ? List.of() : List.copyOf(removeTags);
    }
}
