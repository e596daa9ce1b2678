package com.photostore.domain.photo;

import com.photostore.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a photo's objects live: {@code uploads/{userId}/{photoId}} for the file a browser posts through its upload
 * form, {@code users/{userId}/originals/{photoId}} for the bytes ingest verified (written only by the server),
 * {@code users/{userId}/thumbnails/{photoId}-256.jpg} and {@code -1280.jpg} for its two thumbnails.
 */
public record PhotoObjectKeys(ObjectKey upload, ObjectKey original, ObjectKey thumbnail, ObjectKey preview) {
    public static final int THUMBNAIL_SIZE = 256;
    public static final int PREVIEW_SIZE = 1280;
    private static final String UPLOADS = "uploads/";
    private static final String USERS = "users/";
    private static final int USER_ID_LENGTH = 36;

    public PhotoObjectKeys {
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(preview, "preview");
    }

    /** The keys of a photo of a user. */
    public static PhotoObjectKeys of(UserId owner, PhotoId id) {
        String base = USERS + owner + "/";
        return new PhotoObjectKeys(
                new ObjectKey(UPLOADS + owner + "/" + id),
                new ObjectKey(base + "originals/" + id),
                new ObjectKey(base + "thumbnails/" + id + "-" + THUMBNAIL_SIZE + ".jpg"),
                new ObjectKey(base + "thumbnails/" + id + "-" + PREVIEW_SIZE + ".jpg"));
    }

    /** The prefix under which every posted upload of every user lies (and nothing else). */
    public static String uploadsRoot() {
        return UPLOADS;
    }

    /**
     * The owner and photo a posted upload's key names; empty for any other key (originals, thumbnails, foreign
     * objects, other spellings).
     */
    public static Optional<PhotoRef> parseUpload(String key) {
        if (key == null || !key.startsWith(UPLOADS) || key.length() <= UPLOADS.length() + USER_ID_LENGTH + 1
                || key.charAt(UPLOADS.length() + USER_ID_LENGTH) != '/') {
            return Optional.empty();
        }
        String user = key.substring(UPLOADS.length(), UPLOADS.length() + USER_ID_LENGTH);
        Optional<PhotoId> photo = PhotoId.tryParse(key.substring(UPLOADS.length() + USER_ID_LENGTH + 1));
        if (photo.isEmpty()) {
            return Optional.empty();
        }
        try {
            UserId owner = UserId.parse(user);
            boolean canonical = of(owner, photo.get()).upload().value().equals(key);
            return canonical ? Optional.of(new PhotoRef(owner, photo.get())) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every key, the posted upload first. */
    public List<ObjectKey> all() {
        return List.of(upload, original, thumbnail, preview);
    }

    /** The keys of the objects a READY photo keeps: its verified original and its two thumbnails. */
    public List<ObjectKey> published() {
        return List.of(original, thumbnail, preview);
    }

    /** The photo an upload's key names. */
    public record PhotoRef(UserId owner, PhotoId photoId) {
    }
}
