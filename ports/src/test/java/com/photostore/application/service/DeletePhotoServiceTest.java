package com.photostore.application.service;

import com.photostore.domain.error.NotFoundException;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.Principal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeletePhotoServiceTest {
    private final ServiceHarness harness = new ServiceHarness();
    private final Principal alice = harness.newUser("alice");

    @Test
    void deletesTheRecordAndEveryFile() {
        PhotoId kept = harness.readyPhoto(alice, "kept.jpg");
        PhotoId deleted = harness.readyPhoto(alice, "deleted.jpg");
        List<String> keptKeys = harness.stored(alice, kept).keys().published().stream().map(Object::toString).toList();

        harness.deletePhoto.delete(alice, deleted);

        assertThat(harness.fakes.catalog().find(alice.userId(), deleted)).isEmpty();
        assertThat(harness.storedKeys()).containsExactlyInAnyOrderElementsOf(keptKeys);
        assertThatThrownBy(() -> harness.deletePhoto.delete(alice, deleted)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherUsersPhotoIsNotFoundAndNothingChanges() {
        PhotoId id = harness.readyPhoto(alice, "a.jpg");
        Photo before = harness.stored(alice, id);
        List<String> keysBefore = harness.storedKeys();
        Principal bob = harness.newUser("bob");

        assertThatThrownBy(() -> harness.deletePhoto.delete(bob, id))
                .isInstanceOf(NotFoundException.class)
                .hasMessage(OwnedPhotos.NOT_FOUND);

        assertThat(harness.stored(alice, id)).isEqualTo(before);
        assertThat(harness.storedKeys()).isEqualTo(keysBefore).hasSize(3);
    }
}
