package com.photostore.domain.photo;

import static com.photostore.domain.testing.PhotoFixtures.OWNER;
import static com.photostore.domain.testing.PhotoFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.testing.PhotoFixtures;
import com.photostore.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PhotoTest {

    private static final PhotoId ID = PhotoFixtures.id(T0.toEpochMilli(), 1);
    private static final Instant UNTIL = T0.plusSeconds(3600);
    private static final ImageMetadata IMAGE = new ImageMetadata(ContentType.PNG, 640, 480, 6,
            TakenAt.of(Instant.parse("2020-01-01T10:00:00Z"), ZoneOffset.ofHours(1)), new Camera("Canon", "EOS"), null);
    private static final Sha256 SHA = Sha256.ofUtf8("bytes");

    @Test
    void aPendingPhotoWaitsForItsFile() {
        Photo photo = pending();
        assertThat(photo.status()).isEqualTo(PhotoStatus.PENDING);
        assertThat(photo.pendingUntil()).isEqualTo(UNTIL);
        assertThat(photo.version()).isZero();
        assertThat(photo.image()).isNull();
        assertThat(photo.keys()).isEqualTo(PhotoObjectKeys.of(OWNER, ID));
        assertThat(photo.timelineInstant()).as("falls back to uploadedAt").isEqualTo(T0);
    }

    @Test
    void readyTakesTheRealTypeSizeDigestAndMetadata() {
        Photo ready = pending().ready(IMAGE, 4321, SHA);
        assertThat(ready.status()).isEqualTo(PhotoStatus.READY);
        assertThat(ready.contentType()).isEqualTo(ContentType.PNG);
        assertThat(ready.size()).isEqualTo(4321);
        assertThat(ready.sha256()).isEqualTo(SHA);
        assertThat(ready.image()).isEqualTo(IMAGE);
        assertThat(ready.pendingUntil()).isNull();
        assertThat(ready.version()).isEqualTo(1);
        assertThat(ready.title()).isEqualTo(new Title("Sea"));
        assertThat(ready.timelineInstant()).isEqualTo(Instant.parse("2020-01-01T10:00:00Z"));
    }

    @Test
    void timelineFallsBackToUploadWhenTheFileHasNoDate() {
        ImageMetadata undated = new ImageMetadata(ContentType.JPEG, 10, 10, null, null, null, null);
        assertThat(pending().ready(undated, 10, SHA).timelineInstant()).isEqualTo(T0);
    }

    @Test
    void rejectedKeepsItsReasonAndDropsTheDeadline() {
        Photo rejected = pending().rejected("not an image");
        assertThat(rejected.status()).isEqualTo(PhotoStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("not an image");
        assertThat(rejected.pendingUntil()).isNull();
        assertThat(rejected.image()).isNull();
        assertThat(rejected.version()).isEqualTo(1);
        assertThatThrownBy(() -> pending().rejected(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void editingChangesTextAndTagsAndBumpsTheVersion() {
        Photo ready = pending().ready(IMAGE, 10, SHA);
        Tags tags = Tags.of(List.of(new Tag("dog")));
        Photo edited = ready.edited(null, new Description("walk"), tags);
        assertThat(edited.title()).isNull();
        assertThat(edited.description()).isEqualTo(new Description("walk"));
        assertThat(edited.tags()).isEqualTo(tags);
        assertThat(edited.version()).isEqualTo(ready.version() + 1);
        assertThat(edited.status()).isEqualTo(PhotoStatus.READY);
        assertThatThrownBy(() -> ready.edited(null, null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void invariantsAreEnforced() {
        Photo p = pending();
        assertThatThrownBy(() -> copy(p, PhotoStatus.PENDING, null, null, null, p.keys()))
                .hasMessageContaining("pendingUntil");
        assertThatThrownBy(() -> copy(p, PhotoStatus.READY, null, null, null, p.keys()))
                .hasMessageContaining("image metadata");
        assertThatThrownBy(() -> copy(p, PhotoStatus.READY, IMAGE, UNTIL, null, p.keys()))
                .hasMessageContaining("pendingUntil");
        assertThatThrownBy(() -> copy(p, PhotoStatus.REJECTED, null, null, null, p.keys()))
                .hasMessageContaining("rejectionReason");
        assertThatThrownBy(() -> copy(p, PhotoStatus.READY, IMAGE, null, "why", p.keys()))
                .hasMessageContaining("rejectionReason");
        UserId stranger = new UserId(UUID.fromString("11111111-2222-3333-4444-555555555555"));
        assertThatThrownBy(() -> copy(p, PhotoStatus.PENDING, null, UNTIL, null, PhotoObjectKeys.of(stranger, ID)))
                .hasMessageContaining("object keys");
        assertThatThrownBy(() -> new Photo(ID, OWNER, PhotoStatus.PENDING, p.fileName(), ContentType.JPEG, -1, null,
                null, null, null, Tags.NONE, p.keys(), T0, UNTIL, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Photo pending() {
        return Photo.pending(ID, OWNER, FileName.sanitised("sea.png"), ContentType.JPEG, 5000, null, new Title("Sea"),
                Tags.NONE, T0, UNTIL);
    }

    private static Photo copy(Photo p, PhotoStatus status, ImageMetadata image, Instant pendingUntil, String reason,
                              PhotoObjectKeys keys) {
        return new Photo(p.id(), p.owner(), status, p.fileName(), p.contentType(), p.size(), p.sha256(), image,
                p.title(), p.description(), p.tags(), keys, p.uploadedAt(), pendingUntil, reason, p.version());
    }
}
