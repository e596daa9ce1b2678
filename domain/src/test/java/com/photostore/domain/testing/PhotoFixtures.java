package com.photostore.domain.testing;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.FileName;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.photo.Tags;
import com.photostore.domain.photo.TakenAt;
import com.photostore.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Photos for tests: fixed examples and generators whose keys collide often, so that ties are exercised. */
public final class PhotoFixtures {
    public static final UserId OWNER = new UserId(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));
    public static final Instant T0 = Instant.parse("2024-05-31T12:00:00Z");

    private PhotoFixtures() {
    }

    /** A photo id made at {@code millis} whose random part is {@code n}. */
    public static PhotoId id(long millis, int n) {
        byte[] random = new byte[PhotoId.RANDOM_BYTES];
        random[9] = (byte) n;
        random[8] = (byte) (n >> 8);
        return PhotoId.of(millis, random);
    }

    /** A pending photo announced at {@code uploadedAt}. */
    public static Photo pending(PhotoId id, String fileName, Instant uploadedAt) {
        return Photo.pending(id, OWNER, FileName.sanitised(fileName), ContentType.JPEG, 1000, null, null, Tags.NONE,
                uploadedAt, uploadedAt.plusSeconds(3600));
    }

    /** A ready photo with the given facts; {@code takenAt} may be {@code null}. */
    public static Photo ready(PhotoId id, String fileName, long size, Instant uploadedAt, Instant takenAt,
                              ContentType type, List<String> tags) {
        ImageMetadata image = new ImageMetadata(type, 800, 600, 1,
                takenAt == null ? null : TakenAt.of(takenAt, ZoneOffset.UTC), null, null);
        Tags parsed = Tags.of(tags.stream().map(Tag::new).toList());
        return pending(id, fileName, uploadedAt).edited(null, null, parsed).ready(image, size, Sha256.ofUtf8(fileName));
    }

    /** Ready photos drawn from few values per key, so equal keys are common. */
    public static Gen<Photo> readyPhotos() {
        Gen<PhotoId> ids = Gens.longs(0, 3).zip(Gens.ints(0, 40), (millis, n) -> id(1_700_000_000_000L + millis, n));
        Gen<String> names = Gens.of("a.jpg", "A.jpg", "b.png", "\u00E9t\u00E9.jpg", "\uD83D\uDE00.gif",
                "\uFFFD.jpg", "Zebra.webp");
        Gen<Long> sizes = Gens.of(1L, 500L, 1000L);
        Gen<Instant> uploaded = Gens.ints(0, 2).map(h -> T0.plusSeconds(3600L * h));
        Gen<Instant> taken = Gens.ints(-1, 2).map(h -> h < 0 ? null : T0.plusSeconds(3600L * h));
        Gen<Dates> dates = uploaded.zip(taken, Dates::new);
        Gen<ContentType> types = Generate.enumValues(ContentType.class);
        Gen<List<String>> tags = Gens.uniqueLists(Gens.of("sea", "sun", "dog"), 3, tag -> tag);
        return ids.zip(names, sizes, dates, types.zip(tags, Pair::of), (id, name, size, when, kind) ->
                ready(id, name, size, when.uploaded(), when.taken(), kind._1, kind._2));
    }

    private record Dates(Instant uploaded, Instant taken) {
    }
}
