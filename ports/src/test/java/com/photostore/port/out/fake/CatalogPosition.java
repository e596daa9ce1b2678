package com.photostore.port.out.fake;

import com.photostore.domain.encoding.Base64Url;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.FileName;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoObjectKeys;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tags;
import com.photostore.domain.photo.TakenAt;
import com.photostore.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The continuation token of {@link InMemoryPhotoCatalog}: every sort key of the last photo of a page,
 * so that the next page starts right after that position even if the photo itself is gone.
 */
final class CatalogPosition {
    private static final String SEPARATOR = "\n";
    private static final int FIELDS = 6;

    private CatalogPosition() {
    }

    static String encode(Photo last) {
        String text = String.join(SEPARATOR, last.owner().toString(), last.id().value(),
                last.uploadedAt().toString(), last.timelineInstant().toString(), Long.toString(last.size()),
                last.fileName().value());
        return Base64Url.encode(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A stand-in photo that sorts exactly where the encoded photo did, under every key. */
    static Photo decode(String token) {
        byte[] bytes = Base64Url.decodeOrNull(token);
        String[] parts = bytes == null ? new String[0] : new String(bytes, StandardCharsets.UTF_8).split(SEPARATOR, FIELDS);
        if (parts.length != FIELDS) {
            throw new IllegalArgumentException("not a continuation token of this catalogue");
        }
        try {
            UserId owner = UserId.parse(parts[0]);
            PhotoId id = new PhotoId(parts[1]);
            ImageMetadata timeline = new ImageMetadata(ContentType.JPEG, 1, 1, null,
                    TakenAt.of(Instant.parse(parts[3]), ZoneOffset.UTC), null, null);
            return new Photo(id, owner, PhotoStatus.REJECTED, new FileName(parts[5]), ContentType.JPEG,
                    Long.parseLong(parts[4]), null, timeline, null, null, Tags.NONE, PhotoObjectKeys.of(owner, id),
                    Instant.parse(parts[2]), null, "position", 0);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a continuation token of this catalogue", e);
        }
    }
}
