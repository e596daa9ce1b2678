package com.photostore.application.service;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.photo.Camera;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoObjectKeys;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.IngestOutcome;
import com.photostore.port.in.RequestUploadCommand;
import com.photostore.port.in.UploadTicket;
import com.photostore.port.out.ImageInspector;
import com.photostore.port.out.SecurityEventKind;
import com.photostore.port.out.fake.FakeImageInspector;
import com.photostore.port.out.fake.InMemoryObjectStorage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestUploadedObjectServiceTest {
    private final ServiceHarness harness = new ServiceHarness();
    private final Principal alice = harness.newUser("alice");

    @Test
    void makesAnUploadedImageReadyWithItsMetadataAndThumbnails() {
        byte[] file = ServiceHarness.jpeg("holiday");
        ImageMetadata metadata = new ImageMetadata(ContentType.JPEG, 4000, 3000, 6, null, new Camera("Canon", "EOS"), null);
        harness.fakes.images().programme(file, metadata);
        UploadTicket ticket = harness.uploadWithoutIngest(alice, "holiday.jpg", file, List.of("trip"));

        assertThat(harness.ingestLast()).isEqualTo(IngestOutcome.READY);

        Photo photo = harness.stored(alice, ticket.photoId());
        assertThat(photo.status()).isEqualTo(PhotoStatus.READY);
        assertThat(photo.image()).isEqualTo(metadata);
        assertThat(photo.sha256()).isEqualTo(Sha256.of(file));
        assertThat(photo.size()).isEqualTo(file.length);
        assertThat(photo.pendingUntil()).isNull();
        PhotoObjectKeys keys = photo.keys();
        assertThat(harness.storedKeys()).containsExactlyInAnyOrder(keys.original().value(), keys.thumbnail().value(),
                keys.preview().value());
        assertThat(harness.fakes.storage().cacheControl(keys.thumbnail())).hasValue(InMemoryObjectStorage.IMMUTABLE_CACHE_CONTROL);
    }

    @Test
    void theOriginalHoldsTheVerifiedBytesAndNoFormNamesItsKey() {
        byte[] file = ServiceHarness.jpeg("verified");
        UploadTicket ticket = harness.uploadWithoutIngest(alice, "a.jpg", file, List.of());
        PhotoObjectKeys keys = PhotoObjectKeys.of(alice.userId(), ticket.photoId());
        assertThat(ticket.form().fields()).containsEntry("key", keys.upload().value());

        assertThat(harness.ingestLast()).isEqualTo(IngestOutcome.READY);

        assertThat(harness.fakes.storage().readAll(keys.original(), 1_000_000)).isEqualTo(file);
        assertThat(harness.fakes.storage().head(keys.original()).orElseThrow().contentType()).isEqualTo("image/jpeg");
        assertThat(harness.fakes.storage().cacheControl(keys.original()))
                .hasValue(InMemoryObjectStorage.IMMUTABLE_CACHE_CONTROL);
        assertThat(harness.storedKeys()).doesNotContain(keys.upload().value());
    }

    @Test
    void otherBytesPostedThroughTheUsedFormNeverReachTheOriginal() {
        byte[] file = ServiceHarness.jpeg("verified");
        UploadTicket ticket = harness.uploadWithoutIngest(alice, "a.jpg", file, List.of());
        harness.ingestLast();
        Photo ready = harness.stored(alice, ticket.photoId());
        byte[] html = Arrays.copyOf("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), file.length);

        harness.fakes.storage().acceptUpload(ticket.form(), html);

        assertThat(harness.ingestLast()).isEqualTo(IngestOutcome.ALREADY_HANDLED);
        assertThat(harness.fakes.storage().readAll(ready.keys().original(), 1_000_000)).isEqualTo(file);
        assertThat(harness.stored(alice, ticket.photoId())).isEqualTo(ready);
        assertThat(harness.storedKeys()).doesNotContain(ready.keys().upload().value());
        assertThat(harness.fakes.securityEvents().of(SecurityEventKind.UPLOAD_REJECTED))
                .singleElement()
                .satisfies(event -> assertThat(event.detail()).contains("used upload form"));
    }

    @Test
    void aRepeatedRecordAfterAnIngestStoppedBeforeRemovingTheUploadOnlyRemovesIt() {
        byte[] file = ServiceHarness.jpeg("verified");
        UploadTicket ticket = harness.uploadWithoutIngest(alice, "a.jpg", file, List.of());
        harness.ingestLast();
        PhotoObjectKeys keys = PhotoObjectKeys.of(alice.userId(), ticket.photoId());
        harness.fakes.storage().put(keys.upload(), file, "image/jpeg", Map.of());

        assertThat(harness.ingestLast()).isEqualTo(IngestOutcome.ALREADY_HANDLED);

        assertThat(harness.storedKeys()).doesNotContain(keys.upload().value());
        assertThat(harness.fakes.storage().readAll(keys.original(), 1_000_000)).isEqualTo(file);
        assertThat(harness.fakes.securityEvents().of(SecurityEventKind.UPLOAD_REJECTED)).isEmpty();
    }

    @Test
    void theSameEventTwiceHasOneEffect() {
        harness.uploadWithoutIngest(alice, "a.jpg", ServiceHarness.jpeg("a"), List.of());
        ObjectCreatedEvent event = harness.lastEvent();
        assertThat(harness.ingest.ingest(event)).isEqualTo(IngestOutcome.READY);
        Photo afterFirst = onlyPhoto();
        List<String> keysAfterFirst = harness.storedKeys();

        assertThat(harness.ingest.ingest(event)).isEqualTo(IngestOutcome.ALREADY_HANDLED);

        assertThat(onlyPhoto()).isEqualTo(afterFirst);
        assertThat(harness.storedKeys()).isEqualTo(keysAfterFirst);
    }

    @Test
    void anEventArrivingAfterTheDeleteRemovesTheObjectInsteadOfResurrectingThePhoto() {
        UploadTicket ticket = harness.uploadWithoutIngest(alice, "a.jpg", ServiceHarness.jpeg("a"), List.of());
        harness.deletePhoto.delete(alice, ticket.photoId());
        harness.fakes.storage().put(PhotoObjectKeys.of(alice.userId(), ticket.photoId()).original(),
                ServiceHarness.jpeg("a"), "image/jpeg", Map.of());

        assertThat(harness.ingestLast()).isEqualTo(IngestOutcome.ORPHAN_REMOVED);

        assertThat(harness.fakes.catalog().find(alice.userId(), ticket.photoId())).isEmpty();
        assertThat(harness.storedKeys()).isEmpty();
    }

    @Test
    void aLateEventForAReadyPhotoChangesNothing() {
        byte[] file = ServiceHarness.jpeg("first");
        harness.uploadWithoutIngest(alice, "a.jpg", file, List.of());
        ObjectCreatedEvent early = harness.lastEvent();
        harness.ingest.ingest(early);
        Photo ready = onlyPhoto();
        ObjectCreatedEvent late = new ObjectCreatedEvent(early.bucket(), early.key(), early.size() + 5, "\"other\"",
                "0", early.eventTime().minusSeconds(1));

        assertThat(harness.ingest.ingest(late)).isEqualTo(IngestOutcome.ALREADY_HANDLED);

        assertThat(onlyPhoto()).isEqualTo(ready);
        assertThat(harness.storedKeys()).hasSize(3);
    }

    @Test
    void rejectsAFileThatIsNotAnImageAndDeletesIt() {
        byte[] text = "just some text, not a photo".getBytes(StandardCharsets.UTF_8);
        UploadTicket ticket = harness.uploadWithoutIngest(alice, "notes.jpg", text, List.of());

        assertThat(harness.ingestLast()).isEqualTo(IngestOutcome.REJECTED);

        Photo photo = harness.stored(alice, ticket.photoId());
        assertThat(photo.status()).isEqualTo(PhotoStatus.REJECTED);
        assertThat(photo.rejectionReason()).isEqualTo(FakeImageInspector.NOT_AN_IMAGE);
        assertThat(harness.storedKeys()).isEmpty();
        assertThat(harness.fakes.securityEvents().of(SecurityEventKind.UPLOAD_REJECTED))
                .singleElement()
                .satisfies(event -> assertThat(event.detail()).contains(ticket.photoId().value().toString()));
    }

    @Test
    void rejectsAFileTheInspectorRefusesWithItsReason() {
        byte[] corrupt = ServiceHarness.jpeg("truncated");
        harness.fakes.images().programmeRejection(corrupt, "the image is damaged");
        UploadTicket ticket = harness.uploadWithoutIngest(alice, "broken.jpg", corrupt, List.of());

        assertThat(harness.ingestLast()).isEqualTo(IngestOutcome.REJECTED);

        assertThat(harness.stored(alice, ticket.photoId()).rejectionReason()).isEqualTo("the image is damaged");
        assertThat(harness.storedKeys()).isEmpty();
    }

    @Test
    void rejectsAFileLargerThanTheLimitAndDeletesIt() {
        byte[] file = ServiceHarness.jpeg("x".repeat(2000));
        UploadTicket ticket = harness.uploadWithoutIngest(alice, "big.jpg", file, List.of());
        harness.fakes.settings().set(SettingNames.UPLOAD_MAX_BYTES, "1024");

        assertThat(harness.ingestLast()).isEqualTo(IngestOutcome.REJECTED);

        assertThat(harness.stored(alice, ticket.photoId()).rejectionReason())
                .contains("more than the limit of 1 KiB").contains(file.length + " bytes");
        assertThat(harness.storedKeys()).isEmpty();
    }

    @Test
    void rejectsAFileWhoseSizeIsNotTheOneAnnounced() {
        UploadTicket ticket = harness.requestUpload.request(alice,
                new RequestUploadCommand("a.jpg", "image/jpeg", 10L, null, null, null));
        byte[] file = ServiceHarness.jpeg("twelve bytes");
        harness.fakes.storage().put(PhotoObjectKeys.of(alice.userId(), ticket.photoId()).upload(), file,
                "image/jpeg", Map.of());

        assertThat(harness.ingest.ingest(eventFor(ticket.photoId(), file.length)))
                .isEqualTo(IngestOutcome.REJECTED);

        assertThat(harness.stored(alice, ticket.photoId()).rejectionReason())
                .isEqualTo("the file has " + file.length + " bytes, not the 10 bytes announced");
        assertThat(harness.storedKeys()).isEmpty();
    }

    @Test
    void rejectsAFileWhoseDigestIsNotTheOneAnnounced() {
        byte[] announced = ServiceHarness.jpeg("announced");
        byte[] sent = ServiceHarness.jpeg("different");
        UploadTicket ticket = harness.requestUpload.request(alice, new RequestUploadCommand("a.jpg", "image/jpeg",
                (long) announced.length, Sha256.of(announced).hex(), null, null));
        harness.fakes.storage().acceptUpload(ticket.form(), sent);

        assertThat(harness.ingestLast()).isEqualTo(IngestOutcome.REJECTED);

        assertThat(harness.stored(alice, ticket.photoId()).rejectionReason())
                .isEqualTo(IngestUploadedObjectService.SHA256_MISMATCH);
        assertThat(harness.storedKeys()).isEmpty();
    }

    @Test
    void rejectsASecondCopyOfAPhotoTheOwnerAlreadyHas() {
        byte[] file = ServiceHarness.jpeg("twice");
        PhotoId first = harness.upload(alice, "first.jpg", file, List.of());
        UploadTicket second = harness.uploadWithoutIngest(alice, "second.jpg", file, List.of());

        assertThat(harness.ingestLast()).isEqualTo(IngestOutcome.REJECTED);

        assertThat(harness.stored(alice, second.photoId()).rejectionReason()).isEqualTo("duplicate of photo " + first);
        assertThat(harness.stored(alice, first).status()).isEqualTo(PhotoStatus.READY);
        assertThat(harness.storedKeys()).containsExactlyInAnyOrderElementsOf(
                PhotoObjectKeys.of(alice.userId(), first).published().stream().map(Object::toString).toList());
    }

    @Test
    void anEventForARejectedPhotoDeletesTheObjectAgain() {
        UploadTicket ticket = harness.uploadWithoutIngest(alice, "notes.jpg", "text".getBytes(StandardCharsets.UTF_8),
                List.of());
        harness.ingestLast();
        Photo rejected = harness.stored(alice, ticket.photoId());
        harness.fakes.storage().put(rejected.keys().upload(), new byte[] {1, 2, 3, 4}, "image/jpeg", Map.of());

        assertThat(harness.ingestLast()).isEqualTo(IngestOutcome.ALREADY_HANDLED);

        assertThat(harness.storedKeys()).isEmpty();
        assertThat(harness.stored(alice, ticket.photoId())).isEqualTo(rejected);
    }

    @Test
    void anEventForAnObjectThatIsGoneDoesNothing() {
        UploadTicket ticket = harness.uploadWithoutIngest(alice, "a.jpg", ServiceHarness.jpeg("a"), List.of());
        harness.fakes.storage().delete(PhotoObjectKeys.of(alice.userId(), ticket.photoId()).all());

        assertThat(harness.ingestLast()).isEqualTo(IngestOutcome.OBJECT_GONE);

        assertThat(harness.stored(alice, ticket.photoId()).status()).isEqualTo(PhotoStatus.PENDING);
    }

    @Test
    void ignoresKeysThatAreNotUploads() {
        PhotoId id = harness.readyPhoto(alice, "a.jpg");
        PhotoObjectKeys keys = PhotoObjectKeys.of(alice.userId(), id);
        List<String> before = harness.storedKeys();

        assertThat(harness.ingest.ingest(eventFor(keys.thumbnail().value(), 10))).isEqualTo(IngestOutcome.NOT_AN_UPLOAD);
        assertThat(harness.ingest.ingest(eventFor("index.html", 10))).isEqualTo(IngestOutcome.NOT_AN_UPLOAD);
        assertThat(harness.ingest.ingest(eventFor("uploads/not-a-user/" + id, 10))).isEqualTo(IngestOutcome.NOT_AN_UPLOAD);
        assertThat(harness.ingest.ingest(eventFor(keys.original().value(), 10))).isEqualTo(IngestOutcome.NOT_AN_UPLOAD);

        assertThat(harness.storedKeys()).isEqualTo(before);
    }

    @Test
    void removesAnObjectNoPhotoWasRequestedFor() {
        PhotoId neverRequested = harness.fakes.ids().newPhotoId();
        PhotoObjectKeys keys = PhotoObjectKeys.of(alice.userId(), neverRequested);
        harness.fakes.storage().put(keys.original(), ServiceHarness.jpeg("stray"), "image/jpeg", Map.of());

        assertThat(harness.ingest.ingest(eventFor(neverRequested, 10))).isEqualTo(IngestOutcome.ORPHAN_REMOVED);

        assertThat(harness.storedKeys()).isEmpty();
        assertThat(harness.fakes.catalog().size()).isZero();
    }

    @Test
    void aPhotoDeletedDuringIngestStaysDeletedWithoutItsFiles() {
        UploadTicket ticket = harness.uploadWithoutIngest(alice, "a.jpg", ServiceHarness.jpeg("a"), List.of());
        IngestUploadedObjectService service = ingestWith(new InterruptedInspector(harness.fakes.images(),
                () -> harness.fakes.catalog().delete(alice.userId(), ticket.photoId())));

        assertThat(service.ingest(harness.lastEvent())).isEqualTo(IngestOutcome.ORPHAN_REMOVED);

        assertThat(harness.fakes.catalog().find(alice.userId(), ticket.photoId())).isEmpty();
        assertThat(harness.storedKeys()).isEmpty();
    }

    @Test
    void aPhotoExpiredDuringIngestKeepsNoFiles() {
        UploadTicket ticket = harness.uploadWithoutIngest(alice, "a.jpg", ServiceHarness.jpeg("a"), List.of());
        IngestUploadedObjectService service = ingestWith(new InterruptedInspector(harness.fakes.images(),
                () -> harness.fakes.catalog().markRejected(alice.userId(), ticket.photoId(), "too late")));

        assertThat(service.ingest(harness.lastEvent())).isEqualTo(IngestOutcome.ALREADY_HANDLED);

        assertThat(harness.stored(alice, ticket.photoId()).rejectionReason()).isEqualTo("too late");
        assertThat(harness.storedKeys()).isEmpty();
    }

    @Test
    void aBackendFailurePropagatesAndLeavesThePhotoPendingForTheRetry() {
        UploadTicket ticket = harness.uploadWithoutIngest(alice, "a.jpg", ServiceHarness.jpeg("a"), List.of());
        IngestUploadedObjectService failing = ingestWith(new InterruptedInspector(harness.fakes.images(), () -> {
            throw new IllegalStateException("thumbnail renderer crashed");
        }));

        assertThatThrownBy(() -> failing.ingest(harness.lastEvent())).hasMessage("thumbnail renderer crashed");
        assertThat(harness.stored(alice, ticket.photoId()).status()).isEqualTo(PhotoStatus.PENDING);

        assertThat(harness.ingestLast()).isEqualTo(IngestOutcome.READY);
    }

    private IngestUploadedObjectService ingestWith(ImageInspector inspector) {
        return new IngestUploadedObjectService(harness.fakes.catalog(), harness.fakes.storage(), inspector,
                harness.fakes.settings(), harness.fakes.securityEvents());
    }

    private Photo onlyPhoto() {
        assertThat(harness.fakes.catalog().size()).isEqualTo(1);
        PhotoId id = PhotoObjectKeys.parseUpload(harness.lastEvent().key()).orElseThrow().photoId();
        return harness.stored(alice, id);
    }

    private ObjectCreatedEvent eventFor(PhotoId id, long size) {
        return eventFor(PhotoObjectKeys.of(alice.userId(), id).upload().value(), size);
    }

    private static ObjectCreatedEvent eventFor(String key, long size) {
        return new ObjectCreatedEvent(InMemoryObjectStorage.BUCKET, key, size, "\"etag\"", null,
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
