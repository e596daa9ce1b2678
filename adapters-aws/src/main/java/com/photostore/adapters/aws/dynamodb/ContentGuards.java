package com.photostore.adapters.aws.dynamodb;

import static com.photostore.adapters.aws.dynamodb.PhotoItems.PHOTO_ID;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.user.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items {@code owner / SHA#<hex>} that keep an owner's content unique: each names the photo holding the
 * content and whether that photo was written ({@code confirmed}). A guard whose photo is missing or REJECTED
 * is stale and may be taken over; an unconfirmed guard only while it is still unconfirmed, so that a
 * creator that has written its photo keeps it.
 */
final class ContentGuards {
    private static final String CONFIRMED = "confirmed";
    private static final int ATTEMPTS = 20;

    private final CatalogTable table;
    private final BiFunction<UserId, PhotoId, Optional<Photo>> photos;

    ContentGuards(CatalogTable table, BiFunction<UserId, PhotoId, Optional<Photo>> photos) {
        this.table = table;
        this.photos = photos;
    }

    /**
     * Makes the guard of the content name the photo; returns the other live photo that holds the content
     * instead, if any.
     */
    Optional<PhotoId> claim(UserId owner, Sha256 sha256, PhotoId claimant, boolean confirmed) {
        Map<String, AttributeValue> key = key(owner, sha256);
        Map<String, AttributeValue> guard = guard(key, claimant, confirmed);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (table.put(guard, Condition.absent())) {
                return Optional.empty();
            }
            Optional<Map<String, AttributeValue>> current = table.get(key);
            if (current.isEmpty()) {
                continue;
            }
            PhotoId holder = new PhotoId(PhotoItems.text(current.get(), PHOTO_ID));
            boolean holderConfirmed = current.get().get(CONFIRMED).bool();
            if (holder.equals(claimant)) {
                if (confirmed && !holderConfirmed) {
                    table.put(guard, Condition.equal(PHOTO_ID, PhotoItems.s(claimant.value())));
                }
                return Optional.empty();
            }
            Optional<Photo> held = photos.apply(owner, holder);
            if (held.isPresent() && held.get().status() != PhotoStatus.REJECTED) {
                return Optional.of(holder);
            }
            Condition stale = held.isEmpty() && !holderConfirmed
                    ? Condition.bothEqual(PHOTO_ID, PhotoItems.s(holder.value()), CONFIRMED, AttributeValue.fromBool(false))
                    : Condition.equal(PHOTO_ID, PhotoItems.s(holder.value()));
            if (table.put(guard, stale)) {
                return Optional.empty();
            }
        }
        throw new UnavailableException("the content of a photo is contended", null);
    }

    /** Marks the claimant's guard as written; false when another photo has taken it over meanwhile. */
    boolean confirm(UserId owner, Sha256 sha256, PhotoId claimant) {
        return table.put(guard(key(owner, sha256), claimant, true),
                Condition.bothEqual(PHOTO_ID, PhotoItems.s(claimant.value()), CONFIRMED, AttributeValue.fromBool(false)));
    }

    /** Whether the guard of the content names the photo as written. */
    boolean holds(UserId owner, Sha256 sha256, PhotoId photo) {
        return table.get(key(owner, sha256))
                .filter(item -> PhotoItems.text(item, PHOTO_ID).equals(photo.value()))
                .filter(item -> item.get(CONFIRMED).bool())
                .isPresent();
    }

    /** The photo the guard names now, if there is a guard. */
    Optional<PhotoId> holder(UserId owner, Sha256 sha256) {
        return table.get(key(owner, sha256)).map(item -> new PhotoId(PhotoItems.text(item, PHOTO_ID)));
    }

    /** Removes the guard if it still names the photo. */
    void release(UserId owner, Sha256 sha256, PhotoId holder) {
        table.delete(key(owner, sha256), Condition.equal(PHOTO_ID, PhotoItems.s(holder.value())));
    }

    private static Map<String, AttributeValue> key(UserId owner, Sha256 sha256) {
        return PhotoItems.key(owner, SortKeys.contentGuard(sha256));
    }

    private static Map<String, AttributeValue> guard(Map<String, AttributeValue> key, PhotoId photo, boolean confirmed) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put(PHOTO_ID, PhotoItems.s(photo.value()));
        item.put(CONFIRMED, AttributeValue.fromBool(confirmed));
        return item;
    }
}
