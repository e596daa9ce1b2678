package com.photostore.domain.query;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.testing.Gens;
import com.photostore.domain.testing.PhotoFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PhotoSortTest {

    @Test
    void everyComparatorIsATotalOrderConsistentWithIdentity() {
        Gen<Comparator<Photo>> comparators = Generate.enumValues(PhotoSort.class)
                .zip(Generate.enumValues(SortOrder.class), PhotoSort::comparator);
        qt().withExamples(EXAMPLES).forAll(comparators, photos(), photos(), photos()).checkAssert((comparator, a, b, c) -> {
            assertThat(Integer.signum(comparator.compare(a, b))).isEqualTo(-Integer.signum(comparator.compare(b, a)));
            if (!a.id().equals(b.id())) {
                assertThat(comparator.compare(a, b)).as("only one photo has an id").isNotZero();
            }
            if (comparator.compare(a, b) <= 0 && comparator.compare(b, c) <= 0) {
                assertThat(comparator.compare(a, c)).isLessThanOrEqualTo(0);
            }
        });
    }

    @Test
    void descendingIsTheReverseOfAscending() {
        qt().withExamples(EXAMPLES).forAll(Generate.enumValues(PhotoSort.class), photoLists())
                .checkAssert((sort, photos) -> {
            List<Photo> ascending = new ArrayList<>(photos);
            ascending.sort(sort.comparator(SortOrder.ASC));
            List<Photo> descending = new ArrayList<>(photos);
            descending.sort(sort.comparator(SortOrder.DESC));
            Collections.reverse(descending);
            assertThat(descending).isEqualTo(ascending);
        });
    }

    @Test
    void tiesAreBrokenByIdInTheSameDirection() {
        qt().withExamples(EXAMPLES).forAll(Generate.enumValues(PhotoSort.class), photos(), photos())
                .checkAssert((sort, a, b) -> {
            Photo twin = PhotoFixtures.ready(b.id(), a.fileName().value(), a.size(), a.uploadedAt(),
                    a.image().takenAt() == null ? null : a.image().takenAt().instant(), a.contentType(), List.of());
            int byId = Integer.signum(a.id().compareTo(twin.id()));
            assertThat(Integer.signum(sort.comparator(SortOrder.ASC).compare(a, twin))).isEqualTo(byId);
            assertThat(Integer.signum(sort.comparator(SortOrder.DESC).compare(a, twin))).isEqualTo(-byId);
        });
    }

    @Test
    void eachKeySortsByItsField() {
        Instant t0 = PhotoFixtures.T0;
        Photo small = PhotoFixtures.ready(PhotoFixtures.id(1, 1), "b.jpg", 10, t0.plusSeconds(5), t0.minusSeconds(99),
                ContentType.JPEG, List.of());
        Photo large = PhotoFixtures.ready(PhotoFixtures.id(1, 2), "A.jpg", 20, t0, null, ContentType.JPEG, List.of());
        assertThat(PhotoSort.SIZE.comparator(SortOrder.ASC).compare(small, large)).isNegative();
        assertThat(PhotoSort.UPLOADED_AT.comparator(SortOrder.ASC).compare(small, large)).isPositive();
        assertThat(PhotoSort.TAKEN_AT.comparator(SortOrder.ASC).compare(small, large)).as("undated uses upload").isNegative();
        assertThat(PhotoSort.NAME.comparator(SortOrder.ASC).compare(small, large)).as("case-insensitive").isPositive();
    }

    @Test
    void namesCompareByCodePointNotUtf16() {
        Photo replacement = PhotoFixtures.ready(PhotoFixtures.id(1, 1), "\uFFFD.jpg", 1, PhotoFixtures.T0, null,
                ContentType.JPEG, List.of());
        Photo emoji = PhotoFixtures.ready(PhotoFixtures.id(1, 2), "\uD83D\uDE00.jpg", 1, PhotoFixtures.T0, null,
                ContentType.JPEG, List.of());
        assertThat(PhotoSort.NAME.comparator(SortOrder.ASC).compare(replacement, emoji)).isNegative();
    }

    @Test
    void apiNamesRoundTrip() {
        for (PhotoSort sort : PhotoSort.values()) {
            assertThat(PhotoSort.fromApiName(sort.apiName())).contains(sort);
        }
        assertThat(PhotoSort.fromApiName("UPLOADED_AT")).isEmpty();
        assertThat(PhotoSort.fromApiName(null)).isEmpty();
    }

    private static Gen<Photo> photos() {
        return PhotoFixtures.readyPhotos();
    }

    private static Gen<List<Photo>> photoLists() {
        return Gens.uniqueLists(PhotoFixtures.readyPhotos(), 20, Photo::id);
    }
}
