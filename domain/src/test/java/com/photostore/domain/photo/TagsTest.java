package com.photostore.domain.photo;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.parsedOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.error.FieldError;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.testing.Gens;
import com.photostore.domain.testing.HostileText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TagsTest {

    @Test
    void parsedTagsAreDistinctAndSortedByCodePoint() {
        Tags tags = Tags.parse("tags", List.of("Sea", "beach", " SEA ", "\uD83C\uDF0A", "\uFFFD"));
        assertThat(tags.strings()).containsExactly("beach", "sea", "\uFFFD", "\uD83C\uDF0A");
    }

    @Test
    void everyBadEntryIsReportedWithItsIndex() {
        assertThatThrownBy(() -> Tags.parse("tags", List.of("ok", "", "x\u202E", "fine")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("tags[1]", "must not be empty"),
                        new FieldError("tags[2]", "must not contain bidirectional control characters")));
    }

    @Test
    void atMostFiftyTags() {
        assertThat(Tags.parse("tags", numbered(50)).values()).hasSize(50);
        assertThat(Tags.parse("tags", duplicatedTwice(50)).values()).hasSize(50);
        assertThatThrownBy(() -> Tags.parse("tags", numbered(51))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Tags.parse("tags", numbered(100_000))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Tags.of(tags(51))).isInstanceOf(InvalidInputException.class);
        assertThat(Tags.parse("tags", null)).isEqualTo(Tags.NONE);
    }

    @Test
    void plusAndMinus() {
        Tags tags = Tags.of(List.of(new Tag("a"), new Tag("c")));
        assertThat(tags.plus(List.of(new Tag("b"), new Tag("a"))).strings()).containsExactly("a", "b", "c");
        assertThat(tags.minus(List.of(new Tag("a"), new Tag("z"))).strings()).containsExactly("c");
        assertThat(Tags.of(tags(50)).minus(List.of(new Tag("t0"))).values()).hasSize(49);
        assertThatThrownBy(() -> Tags.of(tags(50)).plus(List.of(new Tag("extra"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("tags"));
        assertThat(tags.containsAll(List.of(new Tag("c")))).isTrue();
        assertThat(tags.containsAll(List.of(new Tag("b")))).isFalse();
    }

    @Test
    void theConstructorInsistsOnSortedDistinctTags() {
        assertThatThrownBy(() -> new Tags(List.of(new Tag("b"), new Tag("a")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tags(List.of(new Tag("a"), new Tag("a")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plusThenMinusOfNewTagsGivesBackTheOriginal() {
        qt().withExamples(EXAMPLES).forAll(tagSets(), tagSets()).checkAssert((base, more) -> {
            Tags tags = Tags.of(base);
            List<Tag> fresh = new ArrayList<>(more);
            fresh.removeAll(base);
            Tags grown = parsedOrRejected(() -> tags.plus(fresh));
            if (grown != null) {
                assertThat(grown.containsAll(base)).isTrue();
                assertThat(grown.containsAll(fresh)).isTrue();
                assertThat(grown.minus(fresh)).isEqualTo(tags);
            } else {
                assertThat(Tags.of(base).values().size() + fresh.stream().distinct().count()).isGreaterThan(Tags.MAX_PER_PHOTO);
            }
        });
    }

    @Test
    void hostileListsAreTagsOrInvalidInput() {
        qt().withExamples(EXAMPLES).forAll(hostileLists()).checkAssert(raw -> {
            Tags tags = parsedOrRejected(() -> Tags.parse("tags", raw));
            if (tags != null) {
                assertThat(tags.values()).hasSizeLessThanOrEqualTo(Tags.MAX_PER_PHOTO).isSorted().doesNotHaveDuplicates();
                assertThat(Tags.parse("tags", tags.strings())).isEqualTo(tags);
            }
        });
    }

    private static Gen<List<Tag>> tagSets() {
        return Gens.lists(Gens.strings(Gens.charRange('a', 'f'), 1, 2).map(Tag::new), 0, 40);
    }

    private static Gen<List<String>> hostileLists() {
        return Gens.lists(Generate.oneOf(HostileText.mixtures(), HostileText.spoiling("beach")), 0, 60);
    }

    private static List<String> numbered(int count) {
        return IntStream.range(0, count).mapToObj(i -> "t" + i).toList();
    }

    private static List<String> duplicatedTwice(int count) {
        List<String> raw = new ArrayList<>(numbered(count));
        raw.addAll(numbered(count).stream().map(String::toUpperCase).toList());
        return raw;
    }

    private static List<Tag> tags(int count) {
        return numbered(count).stream().map(Tag::new).toList();
    }
}
