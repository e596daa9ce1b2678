package com.photostore.application.service;

import com.photostore.domain.photo.TagCount;
import com.photostore.domain.session.Principal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ListTagsServiceTest {
    private final ServiceHarness harness = new ServiceHarness();

    @Test
    void countsTheTagsOnTheCallersReadyPhotosMostUsedFirst() {
        Principal alice = harness.newUser("alice");
        harness.readyPhoto(alice, "a.jpg", "sea", "beach");
        harness.readyPhoto(alice, "b.jpg", "sea");
        harness.readyPhoto(alice, "c.jpg", "city");
        harness.requestUpload.request(alice, ServiceHarness.uploadOf("pending.jpg", ServiceHarness.jpeg("p"),
                java.util.List.of("sea", "pending")));
        harness.readyPhoto(harness.newUser("bob"), "d.jpg", "bobs");

        assertThat(harness.listTags.list(alice))
                .extracting(count -> count.tag().value(), TagCount::count)
                .containsExactly(tuple("sea", 2L), tuple("beach", 1L), tuple("city", 1L));
    }

    @Test
    void aNewUserHasNoTags() {
        assertThat(harness.listTags.list(harness.newUser("alice"))).isEmpty();
    }
}
