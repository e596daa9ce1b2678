package com.photostore.application.service;

import com.photostore.domain.error.NotFoundException;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.PhotoView;
import com.photostore.port.in.UploadTicket;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetPhotoServiceTest {
    private final ServiceHarness harness = new ServiceHarness();
    private final Principal alice = harness.newUser("alice");

    @Test
    void showsAReadyPhotoWithLinksToItsImages() {
        PhotoId id = harness.readyPhoto(alice, "a.jpg", "tag");

        PhotoView view = harness.getPhoto.get(alice, id);

        assertThat(view.photo()).isEqualTo(harness.stored(alice, id));
        assertThat(view.urls()).hasValueSatisfying(urls -> {
            assertThat(urls.thumbnail().getPath()).endsWith("/users/" + alice.userId() + "/thumbnails/" + id + "-256.jpg");
            assertThat(urls.preview().getPath()).endsWith("/users/" + alice.userId() + "/thumbnails/" + id + "-1280.jpg");
            assertThat(urls.original().getPath()).endsWith("/users/" + alice.userId() + "/originals/" + id);
        });
    }

    @Test
    void showsPendingAndRejectedPhotosWithoutLinks() {
        UploadTicket pending = harness.requestUpload.request(alice,
                ServiceHarness.uploadOf("p.jpg", ServiceHarness.jpeg("p"), null));
        PhotoId rejected = harness.upload(alice, "r.jpg", "text".getBytes(StandardCharsets.UTF_8), List.of());

        PhotoView pendingView = harness.getPhoto.get(alice, pending.photoId());
        PhotoView rejectedView = harness.getPhoto.get(alice, rejected);

        assertThat(pendingView.photo().status()).isEqualTo(PhotoStatus.PENDING);
        assertThat(pendingView.urls()).isEmpty();
        assertThat(rejectedView.photo().status()).isEqualTo(PhotoStatus.REJECTED);
        assertThat(rejectedView.photo().rejectionReason()).isNotBlank();
        assertThat(rejectedView.urls()).isEmpty();
    }

    @Test
    void anotherUsersPhotoIsNotFoundLikeAMissingOne() {
        PhotoId id = harness.readyPhoto(alice, "a.jpg");
        Principal bob = harness.newUser("bob");

        assertThatThrownBy(() -> harness.getPhoto.get(bob, id))
                .isInstanceOf(NotFoundException.class)
                .hasMessage(OwnedPhotos.NOT_FOUND);
        assertThatThrownBy(() -> harness.getPhoto.get(alice, harness.fakes.ids().newPhotoId()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage(OwnedPhotos.NOT_FOUND);
    }
}
