package com.photostore.port.out.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.GeoLocation;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.domain.photo.ObjectKey;
import com.photostore.domain.photo.UploadForm;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SortOrder;
import com.photostore.domain.session.RefreshTokenHash;
import com.photostore.domain.session.Session;
import com.photostore.domain.session.SessionPolicy;
import com.photostore.domain.user.Password;
import com.photostore.domain.user.PasswordHash;
import com.photostore.port.out.CatalogQuery;
import com.photostore.port.out.ImageAnalysis;
import com.photostore.port.out.QueueMessage;
import com.photostore.port.out.RateLimit;
import com.photostore.port.out.UploadPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the fakes offer tests beyond their ports: one shared clock, programmable answers and counters. */
class FakesTest {
    private final Fakes fakes = new Fakes();

    @Test
    void aFilePostedWithAFormIsPublishedOnTheQueue() {
        ObjectKey key = new ObjectKey("users/u/originals/p");
        byte[] content = ImageSignatures.fileOf(ContentType.PNG, "pixels".getBytes(StandardCharsets.US_ASCII));
        UploadForm form = fakes.storage().presignUpload(policy(key), fakes.clock().now());

        fakes.storage().acceptUpload(form, content);

        List<QueueMessage> received = fakes.queue().receive(10, Duration.ZERO);
        assertThat(received).singleElement().satisfies(m -> assertThat(m.events()).singleElement()
                .satisfies(event -> {
                    assertThat(event.bucket()).isEqualTo(InMemoryObjectStorage.BUCKET);
                    assertThat(event.key()).isEqualTo(key.value());
                    assertThat(event.size()).isEqualTo(content.length);
                    assertThat(event.eventTime()).isEqualTo(fakes.clock().now());
                    assertThat(fakes.storage().head(key).orElseThrow().eTag()).contains(event.eTag());
                }));
        assertThat(fakes.storage().head(key).orElseThrow().metadata()).containsEntry("file-name", "a.png");
    }

    @Test
    void expiredOrAlteredFormsAreRefused() {
        ObjectKey key = new ObjectKey("users/u/originals/p");
        UploadForm form = fakes.storage().presignUpload(policy(key), fakes.clock().now());
        Map<String, String> otherKey = new HashMap<>(form.fields());
        otherKey.put("key", "users/u/originals/other");
        Map<String, String> otherType = new HashMap<>(form.fields());
        otherType.put("Content-Type", "text/html");
        byte[] content = new byte[10];

        assertThatThrownBy(() -> fakes.storage().acceptUpload(new UploadForm(form.url(), otherKey, form.expiresAt()), content))
                .isInstanceOf(UploadRefusedException.class);
        assertThatThrownBy(() -> fakes.storage().acceptUpload(new UploadForm(form.url(), otherType, form.expiresAt()), content))
                .isInstanceOf(UploadRefusedException.class);
        fakes.clock().advance(Duration.ofMinutes(5));
        assertThatThrownBy(() -> fakes.storage().acceptUpload(form, content)).isInstanceOf(UploadRefusedException.class);
        assertThat(fakes.storage().keys()).isEmpty();
        assertThat(fakes.queue().size()).isZero();
    }

    @Test
    void thumbnailsAreStoredWithALongLivedCacheControl() {
        ObjectKey key = new ObjectKey("users/u/thumbnails/p-256.jpg");

        fakes.storage().writeThumbnail(key, new byte[] {1});

        assertThat(fakes.storage().cacheControl(key)).contains(InMemoryObjectStorage.IMMUTABLE_CACHE_CONTROL);
    }

    @Test
    void theHasherCountsVerificationsAndAsksForARehashWhenTheCostGrows() {
        Password password = Password.parse("a long enough password");
        PasswordHash cheap = new FakePasswordHasher(1).hash(password);
        FakePasswordHasher stronger = new FakePasswordHasher(3);

        assertThat(stronger.verify(password, cheap)).isTrue();
        assertThat(stronger.verify(Password.parse("another password"), cheap)).isFalse();
        assertThat(stronger.verifications()).isEqualTo(2);
        assertThat(stronger.needsRehash(cheap)).isTrue();
        assertThat(stronger.needsRehash(stronger.hash(password))).isFalse();
        assertThat(cheap.encoded()).startsWith("fake$1$");
    }

    @Test
    void theInspectorAnswersWhatATestProgrammed() {
        FakeImageInspector images = fakes.images();
        byte[] tall = ImageSignatures.fileOf(ContentType.JPEG, new byte[] {1});
        byte[] broken = ImageSignatures.fileOf(ContentType.GIF, new byte[] {2});
        ImageMetadata metadata = new ImageMetadata(ContentType.JPEG, 4000, 3000, 6, null, null, new GeoLocation(48.1, 11.5));
        images.programme(tall, metadata);
        images.programmeRejection(broken, "the image is damaged");

        assertThat(images.analyse(tall)).isInstanceOfSatisfying(ImageAnalysis.Accepted.class, accepted -> {
            assertThat(accepted.metadata()).isEqualTo(metadata);
            assertThat(accepted.thumbnail().width()).isEqualTo(192);
            assertThat(accepted.thumbnail().height()).isEqualTo(256);
        });
        assertThat(images.analyse(broken)).isEqualTo(new ImageAnalysis.Rejected("the image is damaged"));
        assertThat(images.analyse(ImageSignatures.fileOf(ContentType.WEBP, new byte[] {3})))
                .isInstanceOfSatisfying(ImageAnalysis.Accepted.class, accepted -> assertThat(accepted.metadata())
                        .isEqualTo(new ImageMetadata(ContentType.WEBP, 640, 480, null, null, null, null)));
        assertThat(images.analyse("<svg/>".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(new ImageAnalysis.Rejected(FakeImageInspector.NOT_AN_IMAGE));
    }

    @Test
    void sessionsAndRateLimitsFollowTheSharedClock() {
        Session session = Session.start(fakes.ids().newSessionId(), fakes.ids().newUserId(),
                new RefreshTokenHash("a".repeat(64)), fakes.clock().now(),
                SessionPolicy.DEFAULT);
        fakes.sessions().create(session);
        RateLimit limit = new RateLimit(1, Duration.ofMinutes(1));
        fakes.rateLimiter().recordFailure("k", limit);

        assertThat(fakes.rateLimiter().status("k", limit).retryAfter()).isEqualTo(Duration.ofMinutes(1));
        fakes.clock().set(session.expiresAt());

        assertThat(fakes.sessions().find(session.id())).isEmpty();
        assertThat(fakes.rateLimiter().status("k", limit).limited()).isFalse();
    }

    @Test
    void idsAreTheSameInEveryRun() {
        SequentialIdGenerator first = new SequentialIdGenerator();
        SequentialIdGenerator second = new SequentialIdGenerator();

        assertThat(IntStream.range(0, 5).mapToObj(i -> first.newPhotoId()))
                .containsExactlyElementsOf(IntStream.range(0, 5).mapToObj(i -> second.newPhotoId()).toList());
        assertThat(first.newUserId().toString()).isEqualTo("00000000-0000-4000-8000-000000000006");
        assertThat(fakes.ids().newPhotoId().epochMillis()).isEqualTo(MutableClock.DEFAULT_START.toEpochMilli());
    }

    @Test
    void theCatalogueRefusesTokensItDidNotIssue() {
        CatalogQuery query = new CatalogQuery(fakes.ids().newUserId(), PhotoSort.NAME, SortOrder.ASC, PhotoFilter.READY,
                10, Optional.of("not-a-token"));

        assertThatThrownBy(() -> fakes.catalog().list(query)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventsCanBePublishedDirectly() {
        ObjectCreatedEvent event = new ObjectCreatedEvent("photos", "users/u/originals/p", 1, "e", null, fakes.clock().now());

        fakes.queue().publish(event);

        assertThat(fakes.queue().approximateDepth()).isEqualTo(1);
    }

    private static UploadPolicy policy(ObjectKey key) {
        return new UploadPolicy(key, ContentType.PNG, 1, 1000, Duration.ofMinutes(5), Map.of("file-name", "a.png"));
    }
}
