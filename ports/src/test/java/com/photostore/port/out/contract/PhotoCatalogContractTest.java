package com.photostore.port.out.contract;

import static com.photostore.port.out.contract.CatalogFixture.query;
import static com.photostore.port.out.contract.CatalogFixture.sorted;
import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.Description;
import com.photostore.domain.photo.Exposure;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoObjectKeys;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.photo.TagCount;
import com.photostore.domain.photo.Tags;
import com.photostore.domain.photo.Title;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SortOrder;
import com.photostore.domain.query.TimeRange;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.CatalogPage;
import com.photostore.port.out.CreateOutcome;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.TransitionOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link PhotoCatalog} does: conditional creation and transitions, owner isolation, versioned
 * edits, and listings in a total order that page without gap or duplicate, each test with fresh owners, so
 * the catalogue may be shared and need not be empty.
 */
public abstract class PhotoCatalogContractTest {
    private static final Instant BASE = TestPhoto.BASE;
    private static final String[] NAMES = {"b.jpg", "B.jpg", "a.jpg", "Ä.jpg", "ä.jpg", "Z.jpg", "é.png", "e.png",
        "日本.jpg", "😀.jpg", "～.jpg", "a.jpg"};
    private static final int THREADS = 8;

    private PhotoCatalog catalog;
    private CatalogFixture photos;
    private UserId owner;

    /** The catalogue under test; called once before each test. */
    protected abstract PhotoCatalog catalog();

    @BeforeEach
    void setUpCatalog() {
        catalog = catalog();
        photos = new CatalogFixture(catalog);
        owner = Fresh.userId();
    }

    @Test
    void createdPhotoIsFoundAsRecorded() {
        Photo pending = TestPhoto.of(owner).named("Sunset.JPG").title("Evening").tags("sea", "sky").pending();

        assertThat(catalog.createPending(pending)).isEqualTo(new CreateOutcome.Created());

        assertThat(catalog.find(owner, pending.id())).contains(pending);
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        assertThat(catalog.find(owner, Fresh.photoId())).isEmpty();
    }

    @Test
    void createRefusesATakenId() {
        Photo first = photos.pending(TestPhoto.of(owner));
        Photo second = TestPhoto.of(owner).id(first.id()).named("other.jpg").pending();

        assertThat(catalog.createPending(second)).isEqualTo(new CreateOutcome.IdTaken());
        assertThat(catalog.find(owner, first.id())).contains(first);
    }

    @Test
    void createRefusesContentTheOwnerHasPendingOrReady() {
        Sha256 pendingSha = Fresh.sha256();
        Sha256 readySha = Fresh.sha256();
        Photo pending = photos.pending(TestPhoto.of(owner).sha256(pendingSha));
        Photo ready = photos.ready(TestPhoto.of(owner).sha256(readySha));
        Photo copyOfPending = TestPhoto.of(owner).sha256(pendingSha).pending();
        Photo copyOfReady = TestPhoto.of(owner).sha256(readySha).pending();

        assertThat(catalog.createPending(copyOfPending)).isEqualTo(new CreateOutcome.DuplicateContent(pending.id()));
        assertThat(catalog.createPending(copyOfReady)).isEqualTo(new CreateOutcome.DuplicateContent(ready.id()));
        assertThat(catalog.find(owner, copyOfPending.id())).isEmpty();
        assertThat(catalog.find(owner, copyOfReady.id())).isEmpty();
    }

    @Test
    void contentOfARejectedPhotoOrOfAnotherOwnerMayBeRecordedAgain() {
        Sha256 sha = Fresh.sha256();
        photos.rejected(TestPhoto.of(owner).sha256(sha));
        photos.ready(TestPhoto.of(Fresh.userId()).sha256(sha));

        assertThat(catalog.createPending(TestPhoto.of(owner).sha256(sha).pending()))
                .isEqualTo(new CreateOutcome.Created());
    }

    @Test
    void photosWithoutADeclaredDigestDoNotClash() {
        assertThat(catalog.createPending(TestPhoto.of(owner).sha256(null).pending())).isEqualTo(new CreateOutcome.Created());
        assertThat(catalog.createPending(TestPhoto.of(owner).sha256(null).pending())).isEqualTo(new CreateOutcome.Created());
    }

    @Test
    void concurrentCreatesOfTheSameContentRecordExactlyOne() {
        Sha256 sha = Fresh.sha256();
        List<CreateOutcome> outcomes = Concurrently.run(THREADS,
                i -> catalog.createPending(TestPhoto.of(owner).sha256(sha).pending()));

        assertThat(outcomes).filteredOn(CreateOutcome.Created.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(CreateOutcome.DuplicateContent.class::isInstance).hasSize(THREADS - 1);
    }

    @Test
    void anExposureKnownInPartIsKeptExactlyAsRead() {
        TestPhoto spec = TestPhoto.of(owner).exposure(new Exposure(null, 1.7799999713897705, null, 640, 4.25));
        Photo pending = photos.pending(spec);

        catalog.markReady(owner, pending.id(), spec.metadata(), 1000, spec.fileSha256());

        assertThat(catalog.find(owner, pending.id()).orElseThrow().image().exposure())
                .isEqualTo(new Exposure(null, 1.7799999713897705, null, 640, 4.25));
    }

    @Test
    void markReadyAppliesTheVerifiedFacts() {
        TestPhoto spec = TestPhoto.of(owner).type(ContentType.PNG).size(4321).takenAt(BASE.minus(Duration.ofDays(3)))
                .exposure(new Exposure("EF 24-70mm f/2.8L II USM", 2.8, 1 / 250.0, 400, 35.0));
        Photo pending = photos.pending(spec);

        TransitionOutcome outcome = catalog.markReady(owner, pending.id(), spec.metadata(), 4321, spec.fileSha256());

        Photo expected = pending.ready(spec.metadata(), 4321, spec.fileSha256());
        assertThat(outcome).isEqualTo(new TransitionOutcome.Applied(expected));
        assertThat(catalog.find(owner, pending.id())).contains(expected);
    }

    @Test
    void markReadyOnlyChangesAPendingPhoto() {
        TestPhoto readySpec = TestPhoto.of(owner);
        Photo ready = photos.ready(readySpec);
        Photo rejected = photos.rejected(TestPhoto.of(owner));

        assertThat(catalog.markReady(owner, ready.id(), readySpec.metadata(), 1, readySpec.fileSha256()))
                .isEqualTo(new TransitionOutcome.NotPending(ready));
        assertThat(catalog.markReady(owner, rejected.id(), readySpec.metadata(), 1, Fresh.sha256()))
                .isEqualTo(new TransitionOutcome.NotPending(rejected));
        assertThat(catalog.markReady(owner, Fresh.photoId(), readySpec.metadata(), 1, Fresh.sha256()))
                .isEqualTo(new TransitionOutcome.Missing());
    }

    @Test
    void markReadyRefusesContentAnotherPhotoOfTheOwnerHas() {
        Sha256 sha = Fresh.sha256();
        Photo existing = photos.ready(TestPhoto.of(owner).sha256(sha));
        TestPhoto undeclared = TestPhoto.of(owner).sha256(null);
        Photo pending = photos.pending(undeclared);

        assertThat(catalog.markReady(owner, pending.id(), undeclared.metadata(), 1000, sha))
                .isEqualTo(new TransitionOutcome.DuplicateContent(existing.id()));
        assertThat(catalog.find(owner, pending.id())).contains(pending);
    }

    @Test
    void markReadyAcceptsContentOnlyRejectedPhotosOrOtherOwnersHave() {
        Sha256 sha = Fresh.sha256();
        photos.rejected(TestPhoto.of(owner).sha256(sha));
        photos.ready(TestPhoto.of(Fresh.userId()).sha256(sha));
        TestPhoto undeclared = TestPhoto.of(owner).sha256(null);
        Photo pending = photos.pending(undeclared);

        assertThat(catalog.markReady(owner, pending.id(), undeclared.metadata(), 1000, sha))
                .isInstanceOf(TransitionOutcome.Applied.class);
    }

    @Test
    void concurrentMarkReadyAppliesExactlyOnce() {
        TestPhoto spec = TestPhoto.of(owner);
        Photo pending = photos.pending(spec);

        List<TransitionOutcome> outcomes = Concurrently.run(THREADS,
                i -> catalog.markReady(owner, pending.id(), spec.metadata(), 1000, spec.fileSha256()));

        assertThat(outcomes).filteredOn(TransitionOutcome.Applied.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(TransitionOutcome.NotPending.class::isInstance).hasSize(THREADS - 1);
        assertThat(catalog.find(owner, pending.id())).get().extracting(Photo::version).isEqualTo(1L);
    }

    @Test
    void markRejectedRecordsTheReasonOfAPendingPhotoOnly() {
        Photo pending = photos.pending(TestPhoto.of(owner));
        Photo ready = photos.ready(TestPhoto.of(owner));

        Photo expected = pending.rejected("not an image: the file is not JPEG, PNG, WebP or GIF");
        assertThat(catalog.markRejected(owner, pending.id(), expected.rejectionReason()))
                .isEqualTo(new TransitionOutcome.Applied(expected));
        assertThat(catalog.find(owner, pending.id())).contains(expected);
        assertThat(catalog.markRejected(owner, pending.id(), "again")).isEqualTo(new TransitionOutcome.NotPending(expected));
        assertThat(catalog.markRejected(owner, ready.id(), "late")).isEqualTo(new TransitionOutcome.NotPending(ready));
        assertThat(catalog.markRejected(owner, Fresh.photoId(), "gone")).isEqualTo(new TransitionOutcome.Missing());
    }

    @Test
    void saveEditReplacesTitleDescriptionAndTagsOfTheExpectedVersionOnly() {
        Photo ready = photos.ready(TestPhoto.of(owner).named("kept.jpg").tags("old"));
        Photo edited = new Photo(ready.id(), owner, ready.status(), ready.fileName(), ContentType.GIF, 1,
                ready.sha256(), ready.image(), new Title("New title"), new Description("Line one\nline two"),
                tags("new", "été"), ready.keys(), ready.uploadedAt(), null, null, ready.version() + 1);

        assertThat(catalog.saveEdit(edited)).isTrue();

        Photo expected = ready.edited(edited.title(), edited.description(), edited.tags());
        assertThat(catalog.find(owner, ready.id())).contains(expected);
        assertThat(catalog.saveEdit(edited)).isFalse();
        assertThat(catalog.saveEdit(expected.edited(null, null, Tags.NONE).edited(null, null, Tags.NONE))).isFalse();
        assertThat(catalog.find(owner, ready.id())).contains(expected);
    }

    @Test
    void saveEditOfAnUnknownPhotoChangesNothing() {
        Photo unknown = TestPhoto.of(owner).pending().edited(new Title("t"), null, Tags.NONE);

        assertThat(catalog.saveEdit(unknown)).isFalse();
        assertThat(catalog.find(owner, unknown.id())).isEmpty();
    }

    @Test
    void concurrentEditsOfOneVersionSaveExactlyOne() {
        Photo ready = photos.ready(TestPhoto.of(owner));

        List<Boolean> saved = Concurrently.run(THREADS,
                i -> catalog.saveEdit(ready.edited(new Title("title " + i), null, Tags.NONE)));

        assertThat(saved).containsOnlyOnce(true);
        String winner = "title " + saved.indexOf(true);
        assertThat(catalog.find(owner, ready.id())).get()
                .satisfies(p -> assertThat(p.title()).isEqualTo(new Title(winner)))
                .satisfies(p -> assertThat(p.version()).isEqualTo(ready.version() + 1));
    }

    @Test
    void deleteReturnsThePhotoAsItWas() {
        Photo ready = photos.ready(TestPhoto.of(owner).tags("x"));

        assertThat(catalog.delete(owner, ready.id())).contains(ready);
        assertThat(catalog.find(owner, ready.id())).isEmpty();
        assertThat(catalog.delete(owner, ready.id())).isEmpty();
    }

    @Test
    void anotherOwnersPhotoIsOutOfReach() {
        UserId other = Fresh.userId();
        TestPhoto theirsPendingSpec = TestPhoto.of(other);
        Photo theirsPending = photos.pending(theirsPendingSpec);
        Photo theirsReady = photos.ready(TestPhoto.of(other).tags("secret"));
        photos.ready(TestPhoto.of(owner).tags("mine"));
        Photo disguised = new Photo(theirsReady.id(), owner, PhotoStatus.READY, theirsReady.fileName(),
                theirsReady.contentType(), theirsReady.size(), theirsReady.sha256(), theirsReady.image(),
                new Title("stolen"), null, Tags.NONE, PhotoObjectKeys.of(owner, theirsReady.id()),
                theirsReady.uploadedAt(), null, null, theirsReady.version() + 1);

        assertThat(catalog.find(owner, theirsReady.id())).isEmpty();
        assertThat(catalog.delete(owner, theirsReady.id())).isEmpty();
        assertThat(catalog.markReady(owner, theirsPending.id(), theirsPendingSpec.metadata(), 1,
                theirsPendingSpec.fileSha256())).isEqualTo(new TransitionOutcome.Missing());
        assertThat(catalog.markRejected(owner, theirsPending.id(), "no")).isEqualTo(new TransitionOutcome.Missing());
        assertThat(catalog.saveEdit(disguised)).isFalse();
        assertThat(photos.all(query(owner, PhotoSort.UPLOADED_AT, SortOrder.DESC, PhotoFilter.READY, 10)))
                .extracting(Photo::owner).containsOnly(owner);
        assertThat(catalog.tagCounts(owner)).extracting(c -> c.tag().value()).containsExactly("mine");
        assertThat(catalog.find(other, theirsReady.id())).contains(theirsReady);
        assertThat(catalog.find(other, theirsPending.id())).contains(theirsPending);
    }

    @ParameterizedTest(name = "{0} {1}, {2} per page")
    @MethodSource("everyOrderAndPageSize")
    void everyOrderPagesThroughTiesWithoutGapOrDuplicate(PhotoSort sort, SortOrder order, int limit) {
        List<Photo> stored = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            stored.add(photos.ready(TestPhoto.of(owner)
                    .named(NAMES[i % NAMES.length])
                    .uploadedAt(BASE.plus(Duration.ofHours(i % 3)))
                    .size(1000 + 10L * (i % 4))
                    .takenAt(i % 3 == 0 ? null : BASE.plus(Duration.ofHours(i % 5 - 2)))));
        }

        List<Photo> listed = photos.all(query(owner, sort, order, PhotoFilter.READY, limit));

        assertThat(listed).extracting(Photo::id).containsExactlyElementsOf(ids(sorted(stored, sort, order)));
    }

    static Stream<Arguments> everyOrderAndPageSize() {
        return Stream.of(PhotoSort.values()).flatMap(sort -> Stream.of(SortOrder.values())
                .flatMap(order -> Stream.of(1, 7, 100).map(limit -> Arguments.of(sort, order, limit))));
    }

    @Test
    void aLargeLibraryPagesThroughCompletely() {
        List<Photo> stored = new ArrayList<>();
        for (int i = 0; i < 1050; i++) {
            stored.add(photos.ready(TestPhoto.of(owner).named("img_" + (i % 50) + ".jpg")
                    .uploadedAt(BASE.plus(Duration.ofMinutes(i % 10))).size(i % 7)));
        }

        assertThat(photos.all(query(owner, PhotoSort.UPLOADED_AT, SortOrder.DESC, PhotoFilter.READY, 100)))
                .extracting(Photo::id)
                .containsExactlyElementsOf(ids(sorted(stored, PhotoSort.UPLOADED_AT, SortOrder.DESC)));
        assertThat(photos.all(query(owner, PhotoSort.NAME, SortOrder.ASC, PhotoFilter.READY, 37)))
                .extracting(Photo::id)
                .containsExactlyElementsOf(ids(sorted(stored, PhotoSort.NAME, SortOrder.ASC)));
    }

    @Test
    void aPageThatEndsTheLibraryHasNoContinuation() {
        IntStream.range(0, 6).forEach(i -> photos.ready(TestPhoto.of(owner).uploadedAt(BASE.plus(Duration.ofMinutes(i)))
                .tags("sea")));

        PhotoFilter sea = new PhotoFilter(PhotoStatus.READY, List.of(new Tag("sea")), TimeRange.ALL, TimeRange.ALL,
                null, null);
        for (PhotoFilter filter : List.of(PhotoFilter.READY, sea)) {
            CatalogPage first = catalog.list(query(owner, PhotoSort.NAME, SortOrder.ASC, filter, 3));
            CatalogPage last = catalog.list(query(owner, PhotoSort.NAME, SortOrder.ASC, filter, 3)
                    .after(first.continuation().orElseThrow()));
            CatalogPage whole = catalog.list(query(owner, PhotoSort.SIZE, SortOrder.DESC, filter, 6));

            assertThat(last.items()).hasSize(3);
            assertThat(last.continuation()).as("the page holding the last photo, %s", filter).isEmpty();
            assertThat(whole.items()).hasSize(6);
            assertThat(whole.continuation()).isEmpty();
        }
    }

    @Test
    void aPageContinuesAfterItsLastPhotoEvenWhenThatPhotoIsDeleted() {
        List<Photo> stored = IntStream.range(0, 6)
                .mapToObj(i -> photos.ready(TestPhoto.of(owner).uploadedAt(BASE.plus(Duration.ofMinutes(i)))))
                .toList();

        CatalogPage first = catalog.list(query(owner, PhotoSort.UPLOADED_AT, SortOrder.ASC, PhotoFilter.READY, 3));
        assertThat(first.items()).extracting(Photo::id).containsExactlyElementsOf(ids(stored.subList(0, 3)));
        assertThat(first.continuation()).isPresent();
        catalog.delete(owner, stored.get(2).id());

        List<Photo> rest = photos.all(query(owner, PhotoSort.UPLOADED_AT, SortOrder.ASC, PhotoFilter.READY, 3)
                .after(first.continuation().get()));
        assertThat(rest).extracting(Photo::id).containsExactlyElementsOf(ids(stored.subList(3, 6)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.photostore.port.out.contract.FilterLibrary#cases")
    void listingShowsExactlyThePhotosTheFilterMatches(String description, PhotoFilter filter, List<String> expectedNames) {
        List<Photo> stored = FilterLibrary.store(photos, owner);

        List<Photo> listed = photos.all(query(owner, PhotoSort.UPLOADED_AT, SortOrder.DESC, filter, 2));

        List<Photo> expected = sorted(stored.stream().filter(filter::matches).toList(), PhotoSort.UPLOADED_AT, SortOrder.DESC);
        assertThat(expected).extracting(p -> p.fileName().value()).containsExactlyInAnyOrderElementsOf(expectedNames);
        assertThat(listed).extracting(Photo::id).containsExactlyElementsOf(ids(expected));
    }

    @Test
    void tagCountsCountReadyPhotosMostUsedFirstThenByTag() {
        photos.ready(TestPhoto.of(owner).tags("b", "a", "é"));
        photos.ready(TestPhoto.of(owner).tags("b", "a", "z"));
        photos.ready(TestPhoto.of(owner).tags("b", "a", "c"));
        photos.pending(TestPhoto.of(owner).tags("c", "pending"));
        photos.rejected(TestPhoto.of(owner).tags("c", "rejected"));

        assertThat(catalog.tagCounts(owner)).containsExactly(count("a", 3), count("b", 3), count("c", 1),
                count("z", 1), count("é", 1));
        assertThat(catalog.tagCounts(Fresh.userId())).isEmpty();
    }

    @Test
    void expiredPendingFindsPendingPhotosPastTheirDeadline() {
        Instant now = Instant.parse("1990-01-01T00:00:00Z").plus(Duration.ofMinutes(owner.value().hashCode() & 0xFFFF));
        List<Photo> expired = IntStream.range(0, 3).mapToObj(i -> photos.pending(TestPhoto.of(owner)
                .pendingUntil(now.minus(Duration.ofMinutes(i + 1))))).toList();
        Photo atDeadline = photos.pending(TestPhoto.of(owner).pendingUntil(now));
        Photo later = photos.pending(TestPhoto.of(owner).pendingUntil(now.plusSeconds(1)));
        Photo ready = photos.ready(TestPhoto.of(owner).pendingUntil(now.minus(Duration.ofDays(1))));
        try {
            List<Photo> found = catalog.expiredPending(now, 1000);

            assertThat(found).containsAll(expired).doesNotContain(atDeadline, later)
                    .extracting(Photo::id).doesNotContain(ready.id());
            assertThat(found).allSatisfy(p -> {
                assertThat(p.status()).isEqualTo(PhotoStatus.PENDING);
                assertThat(p.pendingUntil()).isBefore(now);
            });
            assertThat(catalog.expiredPending(now, 2)).hasSize(2);
        } finally {
            List.of(expired, List.of(atDeadline, later, ready)).forEach(group ->
                    group.forEach(p -> catalog.delete(owner, p.id())));
        }
    }

    private static Tags tags(String... values) {
        return Tags.of(Stream.of(values).map(v -> Tag.parse("tag", v)).toList());
    }

    private static TagCount count(String tag, long count) {
        return new TagCount(Tag.parse("tag", tag), count);
    }

    private static List<PhotoId> ids(List<Photo> photos) {
        return photos.stream().map(Photo::id).toList();
    }
}
