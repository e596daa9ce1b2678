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
        assertThat(keys.original().value()).isEqualTo(base + "originals/" + PHOTO);
        assertThat(keys.thumbnail().value()).isEqualTo(base + "thumbnails/" + PHOTO + "-256.jpg");
        assertThat(keys.preview().value()).isEqualTo(base + "thumbnails/" + PHOTO + "-1280.jpg");
        assertThat(keys.all()).containsExactly(keys.original(), keys.thumbnail(), keys.preview());
        assertThat(keys.original().value()).startsWith(PhotoObjectKeys.originalsRoot());
    }

    @Test
    void originalsRoundTrip() {
        qt().withExamples(EXAMPLES).forAll(Gens.anyLong(), Gens.anyLong(), Gens.longs(0, MAX_MILLIS), Gens.bytes(10))
                .checkAssert((most, least, millis, random) -> {
            UserId owner = new UserId(new UUID(most, least));
            PhotoId photo = PhotoId.of(millis, random);
            PhotoObjectKeys keys = PhotoObjectKeys.of(owner, photo);
            assertThat(PhotoObjectKeys.parseOriginal(keys.original().value()))
                    .contains(new PhotoObjectKeys.OriginalRef(owner, photo));
            assertThat(PhotoObjectKeys.parseOriginal(keys.thumbnail().value())).isEmpty();
            assertThat(PhotoObjectKeys.parseOriginal(keys.preview().value())).isEmpty();
        });
    }

    @Test
    void foreignKeysAreNotOriginals() {
        String original = PhotoObjectKeys.of(OWNER, PHOTO).original().value();
        assertThat(PhotoObjectKeys.parseOriginal("other/" + original)).isEmpty();
        assertThat(PhotoObjectKeys.parseOriginal(original + ".jpg")).isEmpty();
        assertThat(PhotoObjectKeys.parseOriginal(original.replace("originals", "thumbnails"))).isEmpty();
        assertThat(PhotoObjectKeys.parseOriginal("users/not-a-user/originals/" + PHOTO)).isEmpty();
        assertThat(PhotoObjectKeys.parseOriginal("users/" + OWNER + "/x/originals/" + PHOTO)).isEmpty();
        assertThat(PhotoObjectKeys.parseOriginal("website/index.html")).isEmpty();
        assertThat(PhotoObjectKeys.parseOriginal(null)).isEmpty();
    }

    @Test
    void onlyTheCanonicalSpellingOfAKeyIsAnOriginal() {
        String upperOwner = "users/" + OWNER.toString().toUpperCase(Locale.ROOT) + "/originals/" + PHOTO;
        assertThat(PhotoObjectKeys.parseOriginal(upperOwner)).isEmpty();
    }

    @Test
    void hostileKeysAreOriginalsOnlyWhenTheyAreExactlyTheCanonicalKey() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(key -> {
            Optional<PhotoObjectKeys.OriginalRef> ref = answered(() -> PhotoObjectKeys.parseOriginal(key));
            ref.ifPresent(r -> assertThat(PhotoObjectKeys.of(r.owner(), r.photoId()).original().value()).isEqualTo(key));
        });
    }

    private static Gen<String> hostile() {
        String original = PhotoObjectKeys.of(OWNER, PHOTO).original().value();
        return Generate.oneOf(HostileText.strings(), HostileText.spoiling(original),
                Gens.of(original, original.toUpperCase(Locale.ROOT), original.replace("users/0f", "users/0F"),
                        original.replace("-", "+"), "users/" + OWNER + "/originals/" + PHOTO + "/"));
    }
}
