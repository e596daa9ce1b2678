package com.photostore.adapters.common.postgres;

import static com.photostore.adapters.common.postgres.PhotoSamples.NOW;
import static com.photostore.adapters.common.postgres.PhotoSamples.newOwner;
import static com.photostore.adapters.common.postgres.PhotoSamples.pending;
import static com.photostore.adapters.common.postgres.PhotoSamples.tags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.adapters.common.testing.PostgresDatabaseExtension;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.photo.TakenAt;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.SearchTerms;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SortOrder;
import com.photostore.domain.query.TimeRange;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.CatalogPage;
import com.photostore.port.out.CatalogQuery;
import com.photostore.port.out.TransitionOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogListingTest {
    private static final List<String> NAMES = List.of("b.jpg", "A.jpg", "a.jpg", "été.jpg", "Z.jpg", "ZZ.png");
    private static final List<String> TAGS = List.of("sea", "sun", "family", "night");
    @RegisterExtension
    static final PostgresDatabaseExtension POSTGRES = new PostgresDatabaseExtension();
    private static JooqPhotoCatalog catalog;
    private static UserId owner;
    private static List<Photo> library;

    @BeforeAll
    static void fillLibrary() {
        catalog = new JooqPhotoCatalog(POSTGRES.dsl());
        owner = newOwner();
        library = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            Photo photo = pending(owner, NAMES.get(i % NAMES.size()), 100L * (i % 3),
                    NOW.plus(Duration.ofHours(i % 4)), tags(TAGS.get(i % 4), TAGS.get(i % 3)));
            catalog.createPending(photo);
            Instant taken = i % 2 == 0 ? null : NOW.minus(Duration.ofDays(i % 3)).plus(Duration.ofHours(2 * (i % 4)));
            ContentType type = i % 5 == 0 ? ContentType.PNG : ContentType.JPEG;
            ImageMetadata metadata = new ImageMetadata(type, 10, 10, null,
                    taken == null ? null : TakenAt.of(taken, ZoneOffset.UTC), null, null);
            library.add(((TransitionOutcome.Applied) catalog.markReady(owner, photo.id(), metadata, photo.size(),
                    photo.sha256())).photo());
        }
        catalog.createPending(pending(owner, "waiting.jpg", 5, NOW, tags("sea")));
        catalog.createPending(pending(newOwner(), "someone-else.jpg", 5, NOW, tags("sea")));
    }

    static Stream<Arguments> everyOrder() {
        return Arrays.stream(PhotoSort.values())
                .flatMap(sort -> Arrays.stream(SortOrder.values()).map(order -> Arguments.of(sort, order)));
    }

    private static List<Photo> readAll(CatalogQuery first) {
        List<Photo> seen = new ArrayList<>();
        CatalogQuery query = first;
        for (int pages = 0; pages < 100; pages++) {
            CatalogPage page = catalog.list(query);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(first.limit());
            seen.addAll(page.items());
            if (page.continuation().isEmpty()) {
                return seen;
            }
            assertThat(page.items()).hasSize(first.limit());
            query = first.after(page.continuation().get());
        }
        throw new AssertionError("the listing never ended");
    }

    private static List<Photo> expected(PhotoSort sort, SortOrder order, PhotoFilter filter) {
        return library.stream().filter(filter::matches).sorted(sort.comparator(order)).toList();
    }

    @ParameterizedTest
    @MethodSource("everyOrder")
    void pagesFollowTheTotalOrderAcrossTies(PhotoSort sort, SortOrder order) {
        List<Photo> seen = readAll(new CatalogQuery(owner, sort, order, PhotoFilter.READY, 4, Optional.empty()));

        assertThat(seen).containsExactlyElementsOf(expected(sort, order, PhotoFilter.READY));
    }

    @ParameterizedTest
    @MethodSource("everyOrder")
    void everyFilterConditionHolds(PhotoSort sort, SortOrder order) {
        List<PhotoFilter> filters = List.of(
                filter(List.of("sea", "sun"), TimeRange.ALL, TimeRange.ALL, null, null),
                filter(List.of("family"), TimeRange.ALL, TimeRange.ALL, null, "a.jp"),
                filter(List.of(), new TimeRange(NOW.minus(Duration.ofDays(1)), NOW.plusSeconds(3600)), TimeRange.ALL,
                        null, null),
                filter(List.of(), TimeRange.ALL, new TimeRange(NOW.plusSeconds(3600), null), ContentType.JPEG, "z"),
                filter(List.of(), TimeRange.ALL, TimeRange.ALL, ContentType.PNG, "ÉTÉ"));
        for (PhotoFilter filter : filters) {
            List<Photo> seen = readAll(new CatalogQuery(owner, sort, order, filter, 3, Optional.empty()));

            assertThat(seen).as(filter.canonical()).containsExactlyElementsOf(expected(sort, order, filter));
        }
    }

    private static PhotoFilter filter(List<String> tagValues, TimeRange taken, TimeRange uploaded, ContentType type,
                                      String name) {
        return new PhotoFilter(PhotoStatus.READY, tagValues.stream().map(Tag::new).toList(), taken, uploaded, type,
                SearchTerms.of(name));
    }

    @Test
    void listsOtherStatusesOnlyWhenAsked() {
        PhotoFilter pendingOnly = new PhotoFilter(PhotoStatus.PENDING, List.of(), TimeRange.ALL, TimeRange.ALL, null, null);

        CatalogPage page = catalog.list(new CatalogQuery(owner, PhotoSort.NAME, SortOrder.ASC, pendingOnly, 10,
                Optional.empty()));

        assertThat(page.items()).extracting(p -> p.fileName().value()).containsExactly("waiting.jpg");
        assertThat(page.continuation()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "name.x.y", "size.01HX0000000000000000000000.MTA",
        "size.01hx0000000000000000000000.bm90LWEtbnVtYmVy", "uploadedAt.01hx0000000000000000000000.MTA",
        "size.01hx0000000000000000000000.LTE", "size.01hx0000000000000000000000.***",
        "size.01hx0000000000000000000000.MTA.extra", "size.01hx0000000000000000000000._w"})
    void rejectsTokensItDidNotWrite(String token) {
        CatalogQuery query = new CatalogQuery(owner, PhotoSort.SIZE, SortOrder.ASC, PhotoFilter.READY, 2,
                Optional.of(token));

        assertThatThrownBy(() -> catalog.list(query)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uploadedAt|+300000-01-01T00:00:00Z", "takenAt|-5000-01-01T00:00:00Z", "name|a\u0000b",
        "takenAt|2024-13-01T00:00:00Z", "size|99999999999999999999"})
    void rejectsWellFormedTokensWithValuesNoPhotoHas(String sortAndValue) {
        String[] parts = sortAndValue.split("\\|");
        PhotoSort sort = PhotoSort.fromApiName(parts[0]).orElseThrow();
        String token = new ContinuationToken(parts[0], library.get(0).id(), parts[1]).encode();
        CatalogQuery query = new CatalogQuery(owner, sort, SortOrder.DESC, PhotoFilter.READY, 2, Optional.of(token));

        assertThatThrownBy(() -> catalog.list(query)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTokenOfOneSortKeyDoesNotContinueAnother() {
        CatalogQuery byName = new CatalogQuery(owner, PhotoSort.NAME, SortOrder.ASC, PhotoFilter.READY, 2,
                Optional.empty());
        String token = catalog.list(byName).continuation().orElseThrow();
        CatalogQuery bySize = new CatalogQuery(owner, PhotoSort.SIZE, SortOrder.ASC, PhotoFilter.READY, 2,
                Optional.of(token));

        assertThat(catalog.list(byName.after(token)).items()).hasSize(2);
        assertThatThrownBy(() -> catalog.list(bySize)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new String(Base64.getUrlDecoder().decode(token.substring(token.lastIndexOf('.') + 1)),
                StandardCharsets.UTF_8)).isNotBlank();
    }
}
