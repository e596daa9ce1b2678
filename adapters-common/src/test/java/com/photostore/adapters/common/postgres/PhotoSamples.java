package com.photostore.adapters.common.postgres;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.photo.Camera;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.FileName;
import com.photostore.domain.photo.GeoLocation;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.photo.Tags;
import com.photostore.domain.photo.TakenAt;
import com.photostore.domain.photo.Title;
import com.photostore.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/** Photos for the PostgreSQL adapter's own tests. */
final class PhotoSamples {
    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PhotoSamples() {
    }

    static UserId newOwner() {
        return new UserId(UUID.randomUUID());
    }

    static PhotoId newId() {
        byte[] random = new byte[PhotoId.RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return PhotoId.of(NOW.toEpochMilli(), random);
    }

    static Sha256 sha(String seed) {
        return Sha256.ofUtf8(seed);
    }

    static Tags tags(String... values) {
        return Tags.of(Arrays.stream(values).map(Tag::new).toList());
    }

    static Photo pending(UserId owner, String fileName, long size, Instant uploadedAt, Tags tags) {
        return withContent(owner, fileName, size, uploadedAt, tags, sha(UUID.randomUUID().toString()));
    }

    static Photo withContent(UserId owner, String fileName, long size, Instant uploadedAt, Tags tags, Sha256 sha256) {
        return Photo.pending(newId(), owner, FileName.sanitised(fileName), ContentType.JPEG, size, sha256,
                new Title("title of " + fileName), tags, uploadedAt, uploadedAt.plus(Duration.ofMinutes(15)));
    }

    static ImageMetadata metadata(Instant takenAt) {
        return new ImageMetadata(ContentType.JPEG, 4000, 3000, 6,
                takenAt == null ? null : TakenAt.of(takenAt, java.time.ZoneOffset.ofHours(2)),
                new Camera("Canon", "EOS 5D"), new GeoLocation(48.8584, 2.2945));
    }
}
