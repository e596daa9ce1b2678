package com.photostore.domain.photo;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.testing.Gens;
import com.photostore.domain.testing.HostileText;
import com.photostore.domain.user.UserId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PhotoObjectKeysTest {

    private static final UserId OWNER = new UserId(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));
    private static final long MAX_MILLIS = (1L << 48) - 1;
    private static final PhotoId PHOTO = PhotoId.of(1_700_000_000_000L, new byte[10]);

    @Test
    void keysFollowTheLayout() {
        PhotoObjectKeys keys = PhotoObjectKeys.of(OWNER, PHOTO);
        String base = "users/0f8fad5b-d9cb-469f-a165-70867728950e/";
        assertThat(keys.upload().value()).isEqualTo("uploads/0f8fad5b-d9cb-469f-a165-70867728950e/" + PHOTO);
        assertThat(keys.original().value()).isEqualTo(base + "originals/" + PHOTO);
        assertThat(keys.thumbnail().value()).isEqualTo(base + "thumbnails/" + PHOTO + "-256.jpg");
        assertThat(keys.preview().value()).isEqualTo(base + "thumbnails/" + PHOTO + "-1280.jpg");
        assertThat(keys.all()).containsExactly(keys.upload(), keys.original(), keys.thumbnail(), keys.preview());
        assertThat(keys.published()).containsExactly(keys.original(), keys.thumbnail(), keys.preview());
        assertThat(keys.upload().value()).startsWith(PhotoObjectKeys.uploadsRoot());
        assertThat(keys.original().value()).doesNotStartWith(PhotoObjectKeys.uploadsRoot());
    }

    @Test
    void uploadsRoundTrip() {
        qt().withExamples(EXAMPLES).forAll(Gens.anyLong(), Gens.anyLong(), Gens.longs(0, MAX_MILLIS), Gens.bytes(10))
                .checkAssert((most, least, millis, random) -> {
            UserId owner = new UserId(new UUID(most, least));
            PhotoId photo = PhotoId.of(millis, random);
            PhotoObjectKeys keys = PhotoObjectKeys.of(owner, photo);
            assertThat(PhotoObjectKeys.parseUpload(keys.upload().value()))
                    .contains(new PhotoObjectKeys.PhotoRef(owner, photo));
            assertThat(PhotoObjectKeys.parseUpload(keys.original().value())).isEmpty();
            assertThat(PhotoObjectKeys.parseUpload(keys.thumbnail().value())).isEmpty();
            assertThat(PhotoObjectKeys.parseUpload(keys.preview().value())).isEmpty();
        });
    }

    @Test
    void foreignKeysAreNotUploads() {
        String upload = PhotoObjectKeys.of(OWNER, PHOTO).upload().value();
        assertThat(PhotoObjectKeys.parseUpload("other/" + upload)).isEmpty();
        assertThat(PhotoObjectKeys.parseUpload(upload + ".jpg")).isEmpty();
        assertThat(PhotoObjectKeys.parseUpload(upload + "/")).isEmpty();
        assertThat(PhotoObjectKeys.parseUpload("uploads/not-a-user/" + PHOTO)).isEmpty();
        assertThat(PhotoObjectKeys.parseUpload("uploads/" + OWNER + "/x/" + PHOTO)).isEmpty();
        assertThat(PhotoObjectKeys.parseUpload("uploads/" + OWNER)).isEmpty();
        assertThat(PhotoObjectKeys.parseUpload("uploads/" + OWNER + "/")).isEmpty();
        assertThat(PhotoObjectKeys.parseUpload("users/" + OWNER + "/originals/" + PHOTO)).isEmpty();
        assertThat(PhotoObjectKeys.parseUpload("website/index.html")).isEmpty();
        assertThat(PhotoObjectKeys.parseUpload(null)).isEmpty();
    }

    @Test
    void onlyTheCanonicalSpellingOfAKeyIsAnUpload() {
        String upperOwner = "uploads/" + OWNER.toString().toUpperCase(Locale.ROOT) + "/" + PHOTO;
        assertThat(PhotoObjectKeys.parseUpload(upperOwner)).isEmpty();
    }

    @Test
    void hostileKeysAreUploadsOnlyWhenTheyAreExactlyTheCanonicalKey() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(key -> {
            Optional<PhotoObjectKeys.PhotoRef> ref = answered(() -> PhotoObjectKeys.parseUpload(key));
            ref.ifPresent(r -> assertThat(PhotoObjectKeys.of(r.owner(), r.photoId()).upload().value()).isEqualTo(key));
        });
    }

    private static Gen<String> hostile() {
        String upload = PhotoObjectKeys.of(OWNER, PHOTO).upload().value();
        return Generate.oneOf(HostileText.strings(), HostileText.spoiling(upload),
                Gens.of(upload, upload.toUpperCase(Locale.ROOT), upload.replace("uploads/0f", "uploads/0F"),
                        upload.replace("-", "+"), upload + "/", "uploads//" + PHOTO));
    }
}
