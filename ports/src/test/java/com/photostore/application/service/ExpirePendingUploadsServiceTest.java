package com.photostore.application.service;

import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.IngestOutcome;
import com.photostore.port.in.UploadTicket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpirePendingUploadsServiceTest {
    private final ServiceHarness harness = new ServiceHarness();
    private final Principal alice = harness.newUser("alice");

    @Test
    void rejectsUploadsThatDidNotArriveAfterTheFormLifetimeAndGracePeriod() {
        UploadTicket late = request("late.jpg");
        PhotoId ready = harness.readyPhoto(alice, "ready.jpg");

        harness.fakes.clock().advance(Duration.ofMinutes(30));
        assertThat(harness.expirePending.expire(10)).isZero();

        harness.fakes.clock().advance(Duration.ofMillis(1));
        assertThat(harness.expirePending.expire(10)).isEqualTo(1);

        Photo expired = harness.stored(alice, late.photoId());
        assertThat(expired.status()).isEqualTo(PhotoStatus.REJECTED);
        assertThat(expired.rejectionReason()).isEqualTo(ExpirePendingUploadsService.REASON);
        assertThat(harness.stored(alice, ready).status()).isEqualTo(PhotoStatus.READY);
        assertThat(harness.expirePending.expire(10)).isZero();
    }

    @Test
    void anUploadWhoseEventWasLostIsIngestedInsteadOfExpired() {
        byte[] file = ServiceHarness.jpeg("arrived");
        UploadTicket ticket = harness.requestUpload.request(alice, ServiceHarness.uploadOf("a.jpg", file, null));
        harness.fakes.clock().advance(Duration.ofMinutes(14));
        harness.fakes.storage().acceptUpload(ticket.form(), file);
        harness.fakes.clock().advance(Duration.ofMinutes(20));

        assertThat(harness.expirePending.expire(10)).isZero();

        Photo photo = harness.stored(alice, ticket.photoId());
        assertThat(photo.status()).isEqualTo(PhotoStatus.READY);
        assertThat(harness.fakes.storage().readAll(photo.keys().original(), 1_000_000)).isEqualTo(file);
        assertThat(harness.ingestLast()).isEqualTo(IngestOutcome.ALREADY_HANDLED);
    }

    @Test
    void aLostUploadThatIsNotAnImageIsRejectedWithItsReason() {
        UploadTicket ticket = request("a.jpg");
        Photo pending = harness.stored(alice, ticket.photoId());
        harness.fakes.storage().put(pending.keys().upload(), new byte[(int) pending.size()], "image/jpeg", Map.of());
        harness.fakes.clock().advance(Duration.ofHours(1));

        harness.expirePending.expire(10);

        assertThat(harness.stored(alice, ticket.photoId()).status()).isEqualTo(PhotoStatus.REJECTED);
        assertThat(harness.stored(alice, ticket.photoId()).rejectionReason()).isNotEqualTo(ExpirePendingUploadsService.REASON);
        assertThat(harness.storedKeys()).isEmpty();
    }

    @Test
    void aFileArrivingAfterExpiryIsDeletedAndThePhotoStaysRejected() {
        byte[] file = ServiceHarness.jpeg("slow");
        UploadTicket ticket = harness.requestUpload.request(alice, ServiceHarness.uploadOf("slow.jpg", file, null));
        harness.fakes.clock().advance(Duration.ofMinutes(34));
        assertThat(harness.expirePending.expire(10)).isEqualTo(1);
        Photo expired = harness.stored(alice, ticket.photoId());
        harness.fakes.storage().put(expired.keys().upload(), file, "image/jpeg", Map.of());

        assertThat(harness.ingest.ingest(new ObjectCreatedEvent("photos", expired.keys().upload().value(), file.length,
                "", "", harness.fakes.clock().now()))).isEqualTo(IngestOutcome.ALREADY_HANDLED);

        assertThat(harness.stored(alice, ticket.photoId()).status()).isEqualTo(PhotoStatus.REJECTED);
        assertThat(harness.storedKeys()).isEmpty();
    }

    @Test
    void expiresAtMostTheLimitPerCall() {
        List.of("a.jpg", "b.jpg", "c.jpg").forEach(this::request);
        harness.fakes.clock().advance(Duration.ofHours(1));

        assertThat(harness.expirePending.expire(2)).isEqualTo(2);
        assertThat(harness.expirePending.expire(2)).isEqualTo(1);
        assertThatThrownBy(() -> harness.expirePending.expire(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private UploadTicket request(String fileName) {
        return harness.requestUpload.request(alice, ServiceHarness.uploadOf(fileName, ServiceHarness.jpeg(fileName), null));
    }
}
