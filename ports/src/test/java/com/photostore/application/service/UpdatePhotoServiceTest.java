package com.photostore.application.service;

import com.photostore.domain.error.ConflictException;
import com.photostore.domain.error.FieldError;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.error.NotFoundException;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.Patch;
import com.photostore.port.in.PhotoView;
import com.photostore.port.in.UpdatePhotoCommand;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class UpdatePhotoServiceTest {
    private final ServiceHarness harness = new ServiceHarness();
    private final Principal alice = harness.newUser("alice");
    private final PhotoId photo = harness.readyPhoto(alice, "a.jpg", "beach", "sea");

    @Test
    void setsTitleAndDescriptionAndReturnsThePhotoWithLinks() {
        PhotoView view = harness.updatePhoto.update(alice, new UpdatePhotoCommand(photo,
                Patch.set("  Sunset "), Patch.set("Line one\nLine two"), Optional.empty(), null, null));

        Photo stored = harness.stored(alice, photo);
        assertThat(view.photo()).isEqualTo(stored);
        assertThat(view.urls()).isPresent();
        assertThat(stored.title().value()).isEqualTo("Sunset");
        assertThat(stored.description().value()).isEqualTo("Line one\nLine two");
        assertThat(stored.tags().strings()).containsExactly("beach", "sea");
    }

    @Test
    void keepsAndClearsFields() {
        update(Patch.set("Title"), Patch.set("Description"), Optional.empty(), null, null);

        update(Patch.keep(), Patch.clear(), Optional.empty(), null, null);
        assertThat(harness.stored(alice, photo).title().value()).isEqualTo("Title");
        assertThat(harness.stored(alice, photo).description()).isNull();

        update(Patch.set("   "), Patch.keep(), Optional.empty(), null, null);
        assertThat(harness.stored(alice, photo).title()).isNull();
    }

    @Test
    void replacesTheTags() {
        update(Patch.keep(), Patch.keep(), Optional.of(List.of("Mountain", "snow", "snow")), null, null);

        assertThat(harness.stored(alice, photo).tags().strings()).containsExactly("mountain", "snow");
    }

    @Test
    void addsAndRemovesTags() {
        update(Patch.keep(), Patch.keep(), Optional.empty(), List.of("Holiday"), List.of("sea", "unknown"));

        assertThat(harness.stored(alice, photo).tags().strings()).containsExactly("beach", "holiday");
    }

    @Test
    void refusesANewTagListTogetherWithAddOrRemove() {
        assertInvalid(new UpdatePhotoCommand(photo, Patch.keep(), Patch.keep(), Optional.of(List.of("a")),
                List.of("b"), null), "tags");
    }

    @Test
    void reportsEveryInvalidFieldAndChangesNothing() {
        Photo before = harness.stored(alice, photo);

        assertInvalid(new UpdatePhotoCommand(photo, Patch.set("a\u0007b"), Patch.set("x".repeat(2001)),
                Optional.empty(), List.of(""), List.of("ok")), "title", "description", "addTags[0]");
        assertInvalid(new UpdatePhotoCommand(photo, Patch.keep(), Patch.keep(), Optional.empty(),
                List.of("same"), List.of("Same")), "removeTags");

        assertThat(harness.stored(alice, photo)).isEqualTo(before);
    }

    @Test
    void anotherUsersPhotoIsNotFoundAndUnchanged() {
        Principal bob = harness.newUser("bob");
        Photo before = harness.stored(alice, photo);

        assertThatThrownBy(() -> harness.updatePhoto.update(bob, new UpdatePhotoCommand(photo,
                Patch.set("mine now"), Patch.keep(), Optional.of(List.of()), null, null)))
                .isInstanceOf(NotFoundException.class);

        assertThat(harness.stored(alice, photo)).isEqualTo(before);
    }

    @Test
    void keepsAConcurrentEditByApplyingTheChangesAgain() {
        InterferingCatalog catalog = new InterferingCatalog(harness.fakes.catalog(), 2, this::concurrentlyAddATag);

        harness.updatePhotoOver(catalog).update(alice, new UpdatePhotoCommand(photo, Patch.set("Mine"),
                Patch.keep(), Optional.empty(), List.of("mine"), List.of("beach")));

        Photo stored = harness.stored(alice, photo);
        assertThat(catalog.saveAttempts()).isEqualTo(3);
        assertThat(stored.title().value()).isEqualTo("Mine");
        assertThat(stored.tags().strings()).contains("mine", "sea").doesNotContain("beach")
                .anyMatch(tag -> tag.startsWith("theirs-"));
    }

    @Test
    void givesUpWithAConflictWhenOtherWritersNeverStop() {
        InterferingCatalog catalog = new InterferingCatalog(harness.fakes.catalog(), Integer.MAX_VALUE,
                this::concurrentlyAddATag);

        assertThatThrownBy(() -> harness.updatePhotoOver(catalog).update(alice, new UpdatePhotoCommand(photo,
                Patch.set("Mine"), Patch.keep(), Optional.empty(), null, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(catalog.saveAttempts()).isEqualTo(UpdatePhotoService.MAX_ATTEMPTS);
        assertThat(harness.stored(alice, photo).title()).isNull();
    }

    private void concurrentlyAddATag() {
        Photo current = harness.stored(alice, photo);
        String tag = "theirs-" + current.version();
        harness.updatePhoto.update(alice, new UpdatePhotoCommand(photo, Patch.keep(), Patch.keep(),
                Optional.empty(), List.of(tag), null));
    }

    private void update(Patch<String> title, Patch<String> description, Optional<List<String>> tags,
                        List<String> add, List<String> remove) {
        harness.updatePhoto.update(alice, new UpdatePhotoCommand(photo, title, description, tags, add, remove));
    }

    private void assertInvalid(UpdatePhotoCommand command, String... fields) {
        assertThatThrownBy(() -> harness.updatePhoto.update(alice, command))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields));
    }
}
