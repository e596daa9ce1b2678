package com.photostore.domain.query;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.Description;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.photo.Tag;
import com.photostore.domain.photo.Tags;
import com.photostore.domain.photo.Title;
import com.photostore.domain.testing.Gens;
import com.photostore.domain.testing.PhotoFixtures;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PhotoFilterTest {

    private static final Instant T0 = PhotoFixtures.T0;
    private static final Photo BEACH = PhotoFixtures.ready(PhotoFixtures.id(T0.toEpochMilli(), 1), "Beach Day.JPG", 100,
            T0, T0.minusSeconds(86_400), ContentType.JPEG, List.of("sea", "sun"));
    private static final Photo UNDATED = PhotoFixtures.ready(PhotoFixtures.id(T0.toEpochMilli(), 2), "scan.png", 100,
            T0, null, ContentType.PNG, List.of());

    @Test
    void theDefaultShowsReadyPhotosOnly() {
        assertThat(PhotoFilter.READY.matches(BEACH)).isTrue();
        assertThat(PhotoFilter.READY.matches(PhotoFixtures.pending(PhotoFixtures.id(1, 1), "x.jpg", T0))).isFalse();
        assertThat(filter(PhotoStatus.PENDING, List.of(), TimeRange.ALL, TimeRange.ALL, null, null)
                .matches(PhotoFixtures.pending(PhotoFixtures.id(1, 1), "x.jpg", T0))).isTrue();
    }

    @Test
    void everyTagMustBePresent() {
        assertThat(filter(List.of(tag("sea"))).matches(BEACH)).isTrue();
        assertThat(filter(List.of(tag("sea"), tag("sun"))).matches(BEACH)).isTrue();
        assertThat(filter(List.of(tag("sea"), tag("dog"))).matches(BEACH)).isFalse();
    }

    @Test
    void takenRangeUsesTheTimelineInstant() {
        TimeRange dayBefore = new TimeRange(T0.minusSeconds(86_400), T0);
        TimeRange uploadDay = new TimeRange(T0, T0.plusSeconds(86_400));
        assertThat(filter(PhotoStatus.READY, List.of(), dayBefore, TimeRange.ALL, null, null).matches(BEACH)).isTrue();
        assertThat(filter(PhotoStatus.READY, List.of(), uploadDay, TimeRange.ALL, null, null).matches(BEACH)).isFalse();
        assertThat(filter(PhotoStatus.READY, List.of(), uploadDay, TimeRange.ALL, null, null).matches(UNDATED)).isTrue();
        assertThat(filter(PhotoStatus.READY, List.of(), TimeRange.ALL, dayBefore, null, null).matches(BEACH)).isFalse();
        assertThat(filter(PhotoStatus.READY, List.of(), TimeRange.ALL, uploadDay, null, null).matches(BEACH)).isTrue();
    }

    @Test
    void typeAndNameTextMustMatch() {
        assertThat(filter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL, ContentType.PNG, null).matches(BEACH))
                .isFalse();
        assertThat(filter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL, ContentType.JPEG, null).matches(BEACH))
                .isTrue();
        assertThat(filter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL, null, "BEACH d").matches(BEACH))
                .isTrue();
        assertThat(filter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL, null, "night").matches(BEACH))
                .isFalse();
        assertThat(filter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL, null, "").text().isEmpty()).isTrue();
    }

    @Test
    void searchWordsAreFoundInTitleDescriptionAndTagsWhateverTheirCaseOrAccentsAndOrder() {
        Photo cortona = BEACH.edited(new Title("Cortona street"), new Description("Die Straße\nnach Montepulciano"),
                Tags.of(List.of(tag("été"), tag("toscana"))));
        assertThat(search("Cortona").matches(cortona)).isTrue();
        assertThat(search("street cortona").matches(cortona)).isTrue();
        assertThat(search("CORTÓNA").matches(cortona)).isTrue();
        assertThat(search("strasse montepulc").matches(cortona)).isTrue();
        assertThat(search("ete").matches(cortona)).isTrue();
        assertThat(search("TOSCANA beach").matches(cortona)).isTrue();
        assertThat(search("cortona night").matches(cortona)).isFalse();
        assertThat(search("Cortona").matches(BEACH)).isFalse();
        assertThat(search("streetnach").matches(cortona)).isFalse();
    }

    @Test
    void tagsAreDeduplicatedSortedAndLimited() {
        PhotoFilter filter = filter(List.of(tag("sun"), tag("sea"), tag("sun")));
        assertThat(filter.allTags()).containsExactly(tag("sea"), tag("sun"));
        List<Tag> eleven = IntStream.range(0, 11).mapToObj(i -> tag("t" + i)).toList();
        assertThatThrownBy(() -> filter(eleven)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canonicalTextIsEqualForEqualFilters() {
        PhotoFilter a = filter(List.of(tag("sun"), tag("sea")));
        PhotoFilter b = filter(List.of(tag("sea"), tag("sun"), tag("sea")));
        assertThat(a.canonical()).isEqualTo(b.canonical());
        assertThat(a.canonical()).isNotEqualTo(filter(List.of(tag("sea"))).canonical());
        assertThat(filter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL, null, "Beach").canonical())
                .isEqualTo(filter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL, null, "beach").canonical());
    }

    @Test
    void matchingIsTheConjunctionOfEveryCondition() {
        qt().withExamples(EXAMPLES).forAll(photos(), filters()).checkAssert((photo, filter) -> {
            boolean expected = photo.status() == filter.status()
                    && filter.allTags().stream().allMatch(t -> photo.tags().values().contains(t))
                    && filter.taken().contains(photo.timelineInstant())
                    && filter.uploaded().contains(photo.uploadedAt())
                    && (filter.contentType() == null || filter.contentType() == photo.contentType())
                    && filter.text().words().stream().allMatch(word -> texts(photo).anyMatch(text -> text.contains(word)));
            assertThat(filter.matches(photo)).isEqualTo(expected);
        });
    }

    private static Gen<Photo> photos() {
        return PhotoFixtures.readyPhotos();
    }

    private static Gen<PhotoFilter> filters() {
        Gen<List<Tag>> tags = Gens.lists(Gens.of("sea", "sun", "dog").map(Tag::new), 0, 2);
        Gen<TimeRange> ranges = Gens.of(TimeRange.ALL, new TimeRange(T0, null),
                new TimeRange(null, T0.plusSeconds(3600)), new TimeRange(T0.plusSeconds(3600), T0.plusSeconds(7200)));
        Gen<ContentType> types = Gens.orNull(Generate.enumValues(ContentType.class));
        Gen<String> names = Gens.orNull(Gens.of("A", ".jpg", "\u00C9T\u00C9", "zebra", ""));
        return tags.zip(ranges, ranges, types, names,
                (t, taken, uploaded, type, name) -> filter(PhotoStatus.READY, t, taken, uploaded, type, name));
    }

    private static Stream<String> texts(Photo photo) {
        return Stream.concat(Stream.of(photo.fileName().value(), photo.title() == null ? "" : photo.title().value(),
                photo.description() == null ? "" : photo.description().value()), photo.tags().strings().stream())
                .map(PhotoFilterTest::unaccented);
    }

    private static String unaccented(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static PhotoFilter search(String text) {
        return filter(PhotoStatus.READY, List.of(), TimeRange.ALL, TimeRange.ALL, null, text);
    }

    private static PhotoFilter filter(List<Tag> tags) {
        return filter(PhotoStatus.READY, tags, TimeRange.ALL, TimeRange.ALL, null, null);
    }

    private static PhotoFilter filter(PhotoStatus status, List<Tag> tags, TimeRange taken, TimeRange uploaded,
                                      ContentType type, String name) {
        return new PhotoFilter(status, tags, taken, uploaded, type, SearchTerms.of(name));
    }

    private static Tag tag(String value) {
        return new Tag(value);
    }
}
