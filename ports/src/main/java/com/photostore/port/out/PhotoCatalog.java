package com.photostore.port.out;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.TagCount;
import com.photostore.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where photo records are kept, each under its owner. An owner never has two photos that are not
 * REJECTED with the same SHA-256. Every change is conditional, so that retries and concurrent writers
 * have exactly one effect.
 */
public interface PhotoCatalog {

    /** Records a new PENDING photo, unless its id is taken or the owner has its content already. */
    CreateOutcome createPending(Photo photo);

    /** The owner's photo with this id; another owner's photo is not found. */
    Optional<Photo> find(UserId owner, PhotoId id);

    /**
     * Makes a PENDING photo READY with its verified size, digest and metadata, only if it is still
     * PENDING and no other photo of the owner has that digest.
     */
    TransitionOutcome markReady(UserId owner, PhotoId id, ImageMetadata metadata, long size, Sha256 sha256);

    /** Makes a PENDING photo REJECTED for a reason, only if it is still PENDING. */
    TransitionOutcome markRejected(UserId owner, PhotoId id, String reason);

    /**
     * Replaces the photo's title, description and tags with those of {@code edited}, only if the stored
     * version is still {@code edited.version() - 1}; returns whether it was replaced.
     */
    boolean saveEdit(Photo edited);

    /** Removes the owner's photo; returns it as it was, or empty when there was none. */
    Optional<Photo> delete(UserId owner, PhotoId id);

    /** A page of the owner's photos matching the query's filter, in its order. */
    CatalogPage list(CatalogQuery query);

    /** Each tag on the owner's READY photos with the number of them carrying it, most used first, then by tag. */
    List<TagCount> tagCounts(UserId owner);

    /** Up to {@code limit} PENDING photos (of any owner) whose {@code pendingUntil} is before {@code now}. */
    List<Photo> expiredPending(Instant now, int limit);
}
