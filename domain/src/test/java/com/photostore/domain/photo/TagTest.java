package com.photostore.domain.photo;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.assertInvalid;
import static com.photostore.domain.testing.Parsing.parsedOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.testing.HostileText;
import com.photostore.domain.text.TextRules;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TagTest {

    private static final int PRIVATE_USE_PLANES = 0xF0000;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Beach|beach",
            "'  Summer 2024  '|summer 2024",
            "CAFE\u0301|caf\u00E9",
            "\u212Aelvin|kelvin",
            "\u00C5ngstr\u00F6m|\u00E5ngstr\u00F6m",
            "\uD83D\uDC36 dog|\uD83D\uDC36 dog"})
    void tagsAreTrimmedLowerCasedAndNfc(String raw, String expected) {
        assertThat(Tag.parse("tags[0]", raw).value()).isEqualTo(expected);
    }

    @Test
    void lengthIsOneToSixtyFourCharacters() {
        assertThat(Tag.parse("tag", "\uD83D\uDE00".repeat(64)).value()).hasSize(128);
        assertRejected("   ", "must not be empty");
        assertRejected("", "must not be empty");
        assertRejected("x".repeat(65), "must be at most 64 characters");
        assertRejected("x".repeat(10_000), "must be at most 64 characters");
        assertRejected(null, "is required");
    }

    @Test
    void controlBidiAndInvalidCharactersAreRejectedNotRemoved() {
        assertRejected("sea\u202Eside", "must not contain bidirectional control characters");
        assertRejected("sea\u0000side", "must not contain control or unassigned characters");
        assertRejected("sea" + HostileText.LONE_LOW_SURROGATE, "is not valid Unicode");
    }

    @Test
    void invisibleTagsAreRejected() {
        assertRejected(HostileText.ZERO_WIDTH_SPACE, "must contain a visible character");
        assertRejected("\u200D\uFEFF", "must contain a visible character");
        assertRejected("\u200B \u2060", "must contain a visible character");
        assertThat(Tag.parse("tag", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67").value()).contains("\u200D");
    }

    @Test
    void theConstructorTakesOnlyNormalisedTags() {
        assertThat(new Tag("beach")).isEqualTo(Tag.parse("tag", " BEACH "));
        assertThatThrownBy(() -> new Tag("Beach")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tag(" beach")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tag("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tagsCompareByCodePoint() {
        assertThat(new Tag("\uFFFD")).isLessThan(new Tag("\uD83D\uDE00"));
        assertThat(new Tag("a")).isLessThan(new Tag("b"));
    }

    /** Every assigned code point below the private-use planes, and a sample of the unassigned ones. */
    @Test
    void everyAssignedCodePointInATagIsAcceptedOrInvalidInput() {
        List<String> broken = new ArrayList<>();
        for (int cp = 0; cp < PRIVATE_USE_PLANES; cp++) {
            if (Character.getType(cp) == Character.UNASSIGNED && cp % 64 != 0) {
                continue;
            }
            String raw = "x" + new String(Character.toChars(cp));
            try {
                Tag tag = Tag.parse("tag", raw);
                if (!isValid(tag)) {
                    broken.add(Integer.toHexString(cp));
                }
            } catch (InvalidInputException e) {
                assertThat(e.errors()).hasSize(1);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void hostileInputIsAValidTagOrInvalidInput() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(raw -> {
            Tag tag = parsedOrRejected(() -> Tag.parse("tag", raw));
            if (tag != null) {
                assertValid(tag);
            }
        });
    }

    private static Gen<String> hostile() {
        return Generate.oneOf(HostileText.strings(), HostileText.spoiling("Summer Holiday"));
    }

    private static boolean isValid(Tag tag) {
        String value = tag.value();
        return TextRules.length(value) >= 1 && TextRules.length(value) <= Tag.MAX_LENGTH
                && value.equals(value.strip()) && value.equals(value.toLowerCase(Locale.ROOT))
                && Normalizer.isNormalized(value, Normalizer.Form.NFC) && TextRules.isClean(value)
                && Tag.parse("tag", value).equals(tag);
    }

    private static void assertValid(Tag tag) {
        assertThat(isValid(tag)).as("valid and idempotent: %s", tag.value()).isTrue();
    }

    private static void assertRejected(String raw, String message) {
        assertInvalid(() -> Tag.parse("tags[3]", raw), "tags[3]", message);
    }
}
