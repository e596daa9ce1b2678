package com.photostore.domain.photo;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.text.SearchFolding;
import com.photostore.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A photo in a user's library. {@code contentType} and {@code size} are what the client declared
 * until ingest replaces them with what the file really is. Optional facts are {@code null} when unknown:
 * {@code sha256}, {@code image} (set once READY), {@code title}, {@code description},
 * {@code pendingUntil} (only while PENDING: when an upload that never arrived is given up) and
 * {@code rejectionReason} (only when REJECTED). {@code version} grows by one with every change,
 * for conditional writes.
 */
public record Photo(PhotoId id, UserId owner, PhotoStatus status, FileName fileName, ContentType contentType,
                    long size, Sha256 sha256, ImageMetadata image, Title title, Description description,
                    Tags tags, PhotoObjectKeys keys, Instant uploadedAt, Instant pendingUntil,
                    String rejectionReason, long version) {

    public Photo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        if (size < 0) {
            throw new IllegalArgumentException("size >= 0");
        }
        if ((status == PhotoStatus.PENDING) != (pendingUntil != null)) {
            throw new IllegalArgumentException("pendingUntil is set exactly while PENDING");
        }
        if ((status == PhotoStatus.REJECTED) != (rejectionReason != null)) {
            throw new IllegalArgumentException("rejectionReason is set exactly when REJECTED");
        }
        if (status == PhotoStatus.READY && image == null) {
            throw new IllegalArgumentException("a READY photo has its image metadata");
        }
        if (!keys.equals(PhotoObjectKeys.of(owner, id))) {
            throw new IllegalArgumentException("object keys follow the owner and id");
        }
    }

    /** A photo announced by an upload request, waiting for its file until {@code pendingUntil}. */
    public static Photo pending(PhotoId id, UserId owner, FileName fileName, ContentType declaredType, long declaredSize,
                                Sha256 sha256, Title title, Tags tags, Instant now, Instant pendingUntil) {
        return new Photo(id, owner, PhotoStatus.PENDING, fileName, declaredType, declaredSize, sha256, null, title,
                null, tags, PhotoObjectKeys.of(owner, id), now, pendingUntil, null, 0);
    }

    /** This photo once its file was verified: its real type, size, digest and metadata. */
    public Photo ready(ImageMetadata metadata, long actualSize, Sha256 actualSha256) {
        return new Photo(id, owner, PhotoStatus.READY, fileName, metadata.contentType(), actualSize, actualSha256,
                metadata, title, description, tags, keys, uploadedAt, null, null, version + 1);
    }

    /** This photo refused for a reason a person can read. */
    public Photo rejected(String reason) {
        return new Photo(id, owner, PhotoStatus.REJECTED, fileName, contentType, size, sha256, null, title,
                description, tags, keys, uploadedAt, null, Objects.requireNonNull(reason, "reason"), version + 1);
    }

    /** This photo with new title, description and tags. */
    public Photo edited(Title newTitle, Description newDescription, Tags newTags) {
        return new Photo(id, owner, status, fileName, contentType, size, sha256, image, newTitle, newDescription,
                Objects.requireNonNull(newTags, "tags"), keys, uploadedAt, pendingUntil, rejectionReason, version + 1);
    }

    /**
     * The instant this photo sorts and filters by on the taken-at axis: when it was taken, or when it
     * was uploaded if the file does not say, so that every photo has a place on the time line.
     */
    public Instant timelineInstant() {
        return image != null && image.takenAt() != null ? image.takenAt().instant() : uploadedAt;
    }

    /** The text a search looks through, folded ({@link SearchFolding}): file name, title, description and tags, a line each. */
    public String searchText() {
        return searchText(fileName.value(), title == null ? null : title.value(),
                description == null ? null : description.value(), tags.strings());
    }

    /** {@link #searchText()} of a photo's stored texts; an absent title or description is {@code null}. */
    public static String searchText(String fileName, String title, String description, List<String> tags) {
        StringBuilder text = new StringBuilder(fileName);
        for (String part : new String[] {title, description}) {
            if (part != null) {
                text.append('\n').append(part);
            }
        }
        tags.forEach(tag -> text.append('\n').append(tag));
        return SearchFolding.fold(text.toString());
    }
}
