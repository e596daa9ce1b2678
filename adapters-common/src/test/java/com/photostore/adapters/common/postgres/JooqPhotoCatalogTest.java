package com.photostore.adapters.common.postgres;

import static com.photostore.adapters.common.postgres.PhotoSamples.NOW;
import static com.photostore.adapters.common.postgres.PhotoSamples.metadata;
import static com.photostore.adapters.common.postgres.PhotoSamples.newOwner;
import static com.photostore.adapters.common.postgres.PhotoSamples.pending;
import static com.photostore.adapters.common.postgres.PhotoSamples.sha;
import static com.photostore.adapters.common.postgres.PhotoSamples.tags;
import static com.photostore.adapters.common.postgres.PhotoSamples.withContent;
import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.common.testing.PostgresDatabaseExtension;
import com.photostore.domain.photo.Description;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.photo.TagCount;
import com.photostore.domain.photo.Title;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.CreateOutcome;
import com.photostore.port.out.TransitionOutcome;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqPhotoCatalogTest {
    @RegisterExtension
    static final PostgresDatabaseExtension POSTGRES = new PostgresDatabaseExtension();
    private static JooqPhotoCatalog catalog;

    @BeforeAll
    static void open() {
        catalog = new JooqPhotoCatalog(POSTGRES.dsl());
    }

    private static Photo ready(Photo photo) {
        assertThat(catalog.createPending(photo)).isEqualTo(new CreateOutcome.Created());
        TransitionOutcome outcome = catalog.markReady(photo.owner(), photo.id(), metadata(null), photo.size(),
                photo.sha256());
        assertThat(outcome).isInstanceOf(TransitionOutcome.Applied.class);
        return ((TransitionOutcome.Applied) outcome).photo();
    }

    @Test
    void storesAndReadsBackEveryField() {
        Photo photo = pending(newOwner(), "Holiday/IMG_0001.JPG", 1234, NOW, tags("beach", "été"));
        catalog.createPending(photo);
        assertThat(catalog.find(photo.owner(), photo.id())).contains(photo);

        TransitionOutcome outcome = catalog.markReady(photo.owner(), photo.id(), metadata(NOW.minusSeconds(86_400)),
                2048, sha("real content"));

        Photo expected = photo.ready(metadata(NOW.minusSeconds(86_400)), 2048, sha("real content"));
        assertThat(outcome).isEqualTo(new TransitionOutcome.Applied(expected));
        assertThat(catalog.find(photo.owner(), photo.id())).contains(expected);
        assertThat(catalog.find(newOwner(), photo.id())).isEmpty();
    }

    @Test
    void createRefusesATakenIdAndKnownContentButNotRejectedContent() {
        UserId owner = newOwner();
        Photo first = pending(owner, "a.jpg", 10, NOW, tags());
        assertThat(catalog.createPending(first)).isEqualTo(new CreateOutcome.Created());
        assertThat(catalog.createPending(first)).isEqualTo(new CreateOutcome.IdTaken());

        Photo again = withContent(owner, "b.jpg", 10, NOW, tags(), first.sha256());
        assertThat(catalog.createPending(again)).isEqualTo(new CreateOutcome.DuplicateContent(first.id()));
        assertThat(catalog.createPending(withContent(newOwner(), "b.jpg", 10, NOW, tags(), first.sha256())))
                .isEqualTo(new CreateOutcome.Created());

        catalog.markRejected(owner, first.id(), "not an image");
        assertThat(catalog.createPending(again)).isEqualTo(new CreateOutcome.Created());
    }

    @Test
    void markReadyHappensOnceAndReportsDuplicateContent() {
        UserId owner = newOwner();
        Photo kept = ready(pending(owner, "kept.jpg", 10, NOW, tags()));
        Photo late = pending(owner, "late.jpg", 10, NOW, tags());
        catalog.createPending(late);

        assertThat(catalog.markReady(owner, late.id(), metadata(null), 10, kept.sha256()))
                .isEqualTo(new TransitionOutcome.DuplicateContent(kept.id()));
        assertThat(catalog.find(owner, late.id())).contains(late);
        assertThat(catalog.markReady(owner, kept.id(), metadata(null), 10, kept.sha256()))
                .isEqualTo(new TransitionOutcome.NotPending(kept));
        assertThat(catalog.markReady(owner, PhotoSamples.newId(), metadata(null), 10, kept.sha256()))
                .isEqualTo(new TransitionOutcome.Missing());
        assertThat(kept.version()).isEqualTo(1);
    }

    @Test
    void markRejectedOnlyMovesPendingPhotos() {
        UserId owner = newOwner();
        Photo photo = pending(owner, "x.gif", 10, NOW, tags());
        catalog.createPending(photo);

        assertThat(catalog.markRejected(owner, photo.id(), "too small"))
                .isEqualTo(new TransitionOutcome.Applied(photo.rejected("too small")));
        assertThat(catalog.markRejected(owner, photo.id(), "again"))
                .isEqualTo(new TransitionOutcome.NotPending(photo.rejected("too small")));
        assertThat(catalog.markReady(owner, photo.id(), metadata(null), 10, photo.sha256()))
                .isInstanceOf(TransitionOutcome.NotPending.class);
    }

    @Test
    void saveEditNeedsTheVersionItWasMadeFrom() {
        Photo photo = ready(pending(newOwner(), "edit.png", 10, NOW, tags("old")));
        Photo edited = photo.edited(new Title("new"), new Description("line one\nline two"), tags("new", "tags"));

        assertThat(catalog.saveEdit(edited)).isTrue();
        assertThat(catalog.saveEdit(edited)).isFalse();
        assertThat(catalog.saveEdit(photo.edited(null, null, tags()))).isFalse();
        assertThat(catalog.find(photo.owner(), photo.id())).contains(edited);
    }

    @Test
    void deleteReturnsThePhotoOnce() {
        Photo photo = ready(pending(newOwner(), "gone.jpg", 10, NOW, tags("t")));

        assertThat(catalog.delete(newOwner(), photo.id())).isEmpty();
        assertThat(catalog.delete(photo.owner(), photo.id())).contains(photo);
        assertThat(catalog.delete(photo.owner(), photo.id())).isEmpty();
        assertThat(catalog.find(photo.owner(), photo.id())).isEmpty();
    }

    @Test
    void tagCountsCountReadyPhotosMostUsedFirstThenByCodePoint() {
        UserId owner = newOwner();
        ready(pending(owner, "1.jpg", 1, NOW, tags("zebra", "été", "apple")));
        ready(pending(owner, "2.jpg", 1, NOW, tags("zebra", "été")));
        ready(pending(owner, "3.jpg", 1, NOW, tags("zebra")));
        catalog.createPending(pending(owner, "4.jpg", 1, NOW, tags("pending-only", "zebra")));

        assertThat(catalog.tagCounts(owner)).containsExactly(
                new TagCount(new Tag("zebra"), 3), new TagCount(new Tag("été"), 2), new TagCount(new Tag("apple"), 1));
        assertThat(catalog.tagCounts(newOwner())).isEmpty();
    }

    @Test
    void expiredPendingListsOnlyOverduePendingPhotosOldestFirst() {
        UserId owner = newOwner();
        Photo older = pending(owner, "older.jpg", 1, NOW.minusSeconds(7200), tags());
        Photo old = pending(owner, "old.jpg", 1, NOW.minusSeconds(3600), tags());
        Photo fresh = pending(owner, "fresh.jpg", 1, NOW, tags());
        List.of(older, old, fresh).forEach(catalog::createPending);
        ready(pending(owner, "done.jpg", 1, NOW.minusSeconds(7200), tags()));

        assertThat(catalog.expiredPending(NOW, 10))
                .filteredOn(p -> p.owner().equals(owner))
                .containsExactly(older, old);
        assertThat(catalog.expiredPending(NOW, 1)).hasSize(1);
        assertThat(catalog.expiredPending(NOW, 10)).allMatch(p -> p.status() == PhotoStatus.PENDING);
    }
}
