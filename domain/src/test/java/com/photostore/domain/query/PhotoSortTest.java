package com.photostore.domain.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.testing.PhotoFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PhotoSortTest {

    @Property
    void everyComparatorIsATotalOrderConsistentWithIdentity(@ForAll PhotoSort sort, @ForAll SortOrder order,
                                                            @ForAll("photos") Photo a, @ForAll("photos") Photo b,
                                                            @ForAll("photos") Photo c) {
        Comparator<Photo> comparator = sort.comparator(order);
        assertThat(Integer.signum(comparator.compare(a, b))).isEqualTo(-Integer.signum(comparator.compare(b, a)));
        if (!a.id().equals(b.id())) {
            assertThat(comparator.compare(a, b)).as("only one photo has an id").isNotZero();
        }
        if (comparator.compare(a, b) <= 0 && comparator.compare(b, c) <= 0) {
            assertThat(comparator.compare(a, c)).isLessThanOrEqualTo(0);
        }
    }

    @Property
    void descendingIsTheReverseOfAscending(@ForAll PhotoSort sort, @ForAll("photoLists") List<Photo> photos) {
        List<Photo> ascending = new ArrayList<>(photos);
        ascending.sort(sort.comparator(SortOrder.ASC));
        List<Photo> descending = new ArrayList<>(photos);
        descending.sort(sort.comparator(SortOrder.DESC));
        Collections.reverse(descending);
        assertThat(descending).isEqualTo(ascending);
    }

    @Property
    void tiesAreBrokenByIdInTheSameDirection(@ForAll PhotoSort sort, @ForAll("photos") Photo a, @ForAll("photos") Photo b) {
        Photo twin = PhotoFixtures.ready(b.id(), a.fileName().value(), a.size(), a.uploadedAt(),
                a.image().takenAt() == null ? null : a.image().takenAt().instant(), a.contentType(), List.of());
        int byId = Integer.signum(a.id().compareTo(twin.id()));
        assertThat(Integer.signum(sort.comparator(SortOrder.ASC).compare(a, twin))).isEqualTo(byId);
        assertThat(Integer.signum(sort.comparator(SortOrder.DESC).compare(a, twin))).isEqualTo(-byId);
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

    @Provide
    Arbitrary<Photo> photos() {
        return PhotoFixtures.readyPhotos();
    }

    @Provide
    Arbitrary<List<Photo>> photoLists() {
        return PhotoFixtures.readyPhotos().list().ofMaxSize(20).uniqueElements(Photo::id);
    }
}
