package com.photostore.domain.photo;

import com.photostore.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a photo's objects live: {@code users/{userId}/originals/{photoId}} for the file as uploaded,
 * {@code users/{userId}/thumbnails/{photoId}-256.jpg} and {@code -1280.jpg} for its two thumbnails.
 */
public record PhotoObjectKeys(ObjectKey original, ObjectKey thumbnail, ObjectKey preview) {
    public static final int THUMBNAIL_SIZE = 256;
    public static final int PREVIEW_SIZE = 1280;
    private static final String ROOT = "users/";
    private static final String ORIGINALS = "/originals/";

    public PhotoObjectKeys {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(preview, "preview");
    }

    /** The keys of a photo of a user. */
    public static PhotoObjectKeys of(UserId owner, PhotoId id) {
        String base = ROOT + owner + "/";
        return new PhotoObjectKeys(
                new ObjectKey(base + "originals/" + id),
                new ObjectKey(base + "thumbnails/" + id + "-" + THUMBNAIL_SIZE + ".jpg"),
                new ObjectKey(base + "thumbnails/" + id + "-" + PREVIEW_SIZE + ".jpg"));
    }

    /** The prefix under which every original of every user lies. */
    public static String originalsRoot() {
        return ROOT;
    }

    /** The owner and photo an original's key names; empty for any other key (thumbnails, foreign objects, other spellings). */
    public static Optional<OriginalRef> parseOriginal(String key) {
        if (key == null || !key.startsWith(ROOT)) {
            return Optional.empty();
        }
        int marker = key.indexOf(ORIGINALS, ROOT.length());
        if (marker < 0) {
            return Optional.empty();
        }
        String user = key.substring(ROOT.length(), marker);
        Optional<PhotoId> photo = PhotoId.tryParse(key.substring(marker + ORIGINALS.length()));
        if (photo.isEmpty() || user.length() != 36) {
            return Optional.empty();
        }
        try {
            UserId owner = UserId.parse(user);
            boolean canonical = of(owner, photo.get()).original().value().equals(key);
            return canonical ? Optional.of(new OriginalRef(owner, photo.get())) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every key, original first. */
    public List<ObjectKey> all() {
        return List.of(original, thumbnail, preview);
    }

    /** The photo an original's key names. */
    public record OriginalRef(UserId owner, PhotoId photoId) {
    }
}
