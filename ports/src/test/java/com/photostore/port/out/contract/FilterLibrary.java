package com.photostore.port.out.contract;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.Description;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.SearchTerms;
import com.photostore.domain.query.TimeRange;
import com.photostore.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** A small photo library with every kind of difference a filter looks at, and the filters to try on it. */
final class FilterLibrary {
    private static final Instant BASE = TestPhoto.BASE;

    private FilterLibrary() {
    }

    /** Stores the library for the owner (and one photo of another owner); returns the owner's photos as stored. */
    static List<Photo> store(CatalogFixture photos, UserId owner) {
        Instant tenDaysAgo = BASE.minus(Duration.ofDays(10));
        List<Photo> stored = new ArrayList<>();
        stored.add(photos.ready(TestPhoto.of(owner).named("Holiday.JPG").tags("beach", "sea").takenAt(tenDaysAgo)));
        stored.add(photos.ready(TestPhoto.of(owner).named("holiday2.png").type(ContentType.PNG).tags("beach")
                .uploadedAt(hours(1))));
        stored.add(photos.ready(TestPhoto.of(owner).named("ALCOHOL.gif").type(ContentType.GIF).tags("party")
                .uploadedAt(hours(2)).takenAt(BASE.minus(Duration.ofDays(1)))));
        stored.add(photos.ready(TestPhoto.of(owner).named("100%_done.jpg").tags("beach", "sea", "sunset")
                .uploadedAt(hours(3)).takenAt(tenDaysAgo)));
        stored.add(photos.ready(TestPhoto.of(owner).named("a_b.webp").type(ContentType.WEBP).uploadedAt(hours(4))
                .takenAt(BASE.plus(Duration.ofDays(5)))));
        stored.add(photos.ready(TestPhoto.of(owner).named("Café.jpg").tags("été").uploadedAt(hours(5))));
        stored.add(photos.pending(TestPhoto.of(owner).named("holiday-pending.jpg").tags("beach").uploadedAt(hours(6))));
        stored.add(photos.rejected(TestPhoto.of(owner).named("holiday-rejected.jpg").tags("beach").uploadedAt(hours(7))));
        stored.add(described(photos, photos.ready(TestPhoto.of(owner).named("IMG_0042.jpg").title("Cortona street")
                .tags("toscana").uploadedAt(hours(8))), "Die Straße nach Montepulciano"));
        photos.ready(TestPhoto.of(Fresh.userId()).named("holiday.jpg").tags("beach"));
        photos.ready(TestPhoto.of(Fresh.userId()).named("cortona.jpg").title("Cortona street"));
        return stored;
    }

    /** The photo given a description through an edit, as stored. */
    private static Photo described(CatalogFixture photos, Photo photo, String description) {
        return photos.edited(photo.edited(photo.title(), new Description(description), photo.tags()));
    }

    /** Each case: a description, a filter, and the names of the library's photos it matches. */
    static Stream<Arguments> cases() {
        Instant tenDaysAgo = BASE.minus(Duration.ofDays(10));
        Instant dayBefore = BASE.minus(Duration.ofDays(1));
        return Stream.of(
                Arguments.of("ready", PhotoFilter.READY,
                        List.of("Holiday.JPG", "holiday2.png", "ALCOHOL.gif", "100%_done.jpg", "a_b.webp", "Café.jpg",
                                "IMG_0042.jpg")),
                Arguments.of("pending", filter(PhotoStatus.PENDING, List.of(), TimeRange.ALL, TimeRange.ALL, null, null),
                        List.of("holiday-pending.jpg")),
                Arguments.of("rejected", filter(PhotoStatus.REJECTED, List.of(), TimeRange.ALL, TimeRange.ALL, null, null),
                        List.of("holiday-rejected.jpg")),
                Arguments.of("one tag", filter(PhotoStatus.READY, List.of("beach"), TimeRange.ALL, TimeRange.ALL, null, null),
                        List.of("Holiday.JPG", "holiday2.png", "100%_done.jpg")),
                Arguments.of("all of two tags", filter(PhotoStatus.READY, List.of("beach", "sea"), TimeRange.ALL,
                        TimeRange.ALL, null, null), List.of("Holiday.JPG", "100%_done.jpg")),
                Arguments.of("tags no photo has together", filter(PhotoStatus.READY, List.of("beach", "party"),
                        TimeRange.ALL, TimeRange.ALL, null, null), List.of()),
                Arguments.of("non-ASCII tag", filter(PhotoStatus.READY, List.of("été"), TimeRange.ALL, TimeRange.ALL,
                        null, null), List.of("Café.jpg")),
                Arguments.of("taken range, end excluded", filter(PhotoStatus.READY, List.of(),
                        new TimeRange(tenDaysAgo, dayBefore), TimeRange.ALL, null, null),
                        List.of("Holiday.JPG", "100%_done.jpg")),
                Arguments.of("taken from, upload time standing in", filter(PhotoStatus.READY, List.of(),
                        new TimeRange(BASE, null), TimeRange.ALL, null, null),
                        List.of("holiday2.png", "a_b.webp", "Café.jpg", "IMG_0042.jpg")),
                Arguments.of("uploaded range", filter(PhotoStatus.READY, List.of(), TimeRange.ALL,
                        new TimeRange(BASE.plus(Duration.ofHours(1)), BASE.plus(Duration.ofHours(3))), null, null),
                        List.of("holiday2.png", "ALCOHOL.gif")),
                Arguments.of("content type", filter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL,
                        ContentType.JPEG, null), List.of("Holiday.JPG", "100%_done.jpg", "Café.jpg", "IMG_0042.jpg")),
                Arguments.of("name, any case", filter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL, null,
                        "HoL"), List.of("Holiday.JPG", "holiday2.png", "ALCOHOL.gif")),
                Arguments.of("name with %", filter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL, null, "%"),
                        List.of("100%_done.jpg")),
                Arguments.of("name with _", filter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL, null, "_"),
                        List.of("100%_done.jpg", "a_b.webp", "IMG_0042.jpg")),
                Arguments.of("non-ASCII name", filter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL, null,
                        "CAFÉ"), List.of("Café.jpg")),
                Arguments.of("name without its accent", search("cafe"), List.of("Café.jpg")),
                Arguments.of("a word of the title", search("Cortona"), List.of("IMG_0042.jpg")),
                Arguments.of("words in another order and case", search("STREET cortona"), List.of("IMG_0042.jpg")),
                Arguments.of("a word of the description, ß as ss", search("strasse"), List.of("IMG_0042.jpg")),
                Arguments.of("part of a word of the description", search("montepulc"), List.of("IMG_0042.jpg")),
                Arguments.of("a tag", search("Toscana"), List.of("IMG_0042.jpg")),
                Arguments.of("a tag without its accent", search("ETE"), List.of("Café.jpg")),
                Arguments.of("words of name, title and tag together", search("img toscana street"),
                        List.of("IMG_0042.jpg")),
                Arguments.of("one word that no field has", search("cortona night"), List.of()),
                Arguments.of("words of two fields run together", search("streetdie"), List.of()),
                Arguments.of("every condition", filter(PhotoStatus.READY, List.of("beach"),
                        new TimeRange(tenDaysAgo, BASE), new TimeRange(BASE, BASE.plus(Duration.ofHours(4))),
                        ContentType.JPEG, "day"), List.of("Holiday.JPG")));
    }

    private static Instant hours(int count) {
        return BASE.plus(Duration.ofHours(count));
    }

    private static PhotoFilter search(String text) {
        return filter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL, null, text);
    }

    private static PhotoFilter filter(PhotoStatus status, List<String> tags, TimeRange taken, TimeRange uploaded,
                                      ContentType type, String name) {
        return new PhotoFilter(status, tags.stream().map(t -> Tag.parse("tag", t)).toList(), taken, uploaded, type,
                SearchTerms.of(name));
    }
}
