package com.photostore.adapters.aws.dynamodb;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The key values of the photo table: one partition per owner; photo, tag and content-guard items in it;
 * and index keys that put the status (and the tag) first, then the sort value in byte order, then the
 * photo id, joined by U+0001, a character no file name, tag or id contains and that sorts before all of them.
 */
final class SortKeys {
    static final char SEPARATOR = '\u0001';
    /** Sorts after every digit, so it bounds a range of encoded numbers from above. */
    static final String AFTER_DIGITS = "~";
    private static final long SECONDS_OFFSET = 100_000_000_000_000_000L;
    private static final int NAME_BYTES = 640;

    private SortKeys() {
    }

    static String partition(UserId owner) {
        return "U#" + owner;
    }

    static String photo(PhotoId id) {
        return "P#" + id.value();
    }

    static String tagItem(Tag tag, PhotoId id) {
        return "T" + SEPARATOR + tag.value() + SEPARATOR + id.value();
    }

    static String tagItems() {
        return "T" + SEPARATOR;
    }

    static String contentGuard(Sha256 sha256) {
        return "SHA#" + sha256.hex();
    }

    /** Where the index keys of a photo's own item with this status begin. */
    static String photoPrefix(PhotoStatus status) {
        return "S" + SEPARATOR + status.name() + SEPARATOR;
    }

    /** Where the index keys of the tag items of photos with this tag and status begin. */
    static String tagPrefix(Tag tag, PhotoStatus status) {
        return "T" + SEPARATOR + tag.value() + SEPARATOR + status.name() + SEPARATOR;
    }

    /** The value a photo sorts by under a key, made unique by its id. */
    static String sortValue(PhotoSort sort, Photo photo) {
        String value = switch (sort) {
            case UPLOADED_AT -> instant(photo.uploadedAt());
            case TAKEN_AT -> instant(photo.timelineInstant());
            case NAME -> name(photo.fileName().sortKey());
            case SIZE -> String.format("%019d", photo.size());
        };
        return value + SEPARATOR + photo.id().value();
    }

    /** An instant as fixed-width digits, so that text order is time order. */
    static String instant(Instant instant) {
        return String.format("%019d%09d", instant.getEpochSecond() + SECONDS_OFFSET, instant.getNano());
    }

    /** The pending-deadline index key of a photo. */
    static String pendingValue(Photo photo) {
        return instant(photo.pendingUntil()) + SEPARATOR + photo.id().value();
    }

    /** A lower-cased name cut to whole code points so that a key stays within DynamoDB's 1,024 bytes. */
    private static String name(String lowerCase) {
        if (lowerCase.getBytes(StandardCharsets.UTF_8).length <= NAME_BYTES) {
            return lowerCase;
        }
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int cp : lowerCase.codePoints().toArray()) {
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > NAME_BYTES) {
                break;
            }
            cut.appendCodePoint(cp);
            bytes += size;
        }
        return cut.toString();
    }
}
