package com.photostore.domain.photo;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.assertInvalid;
import static com.photostore.domain.testing.Parsing.parsedOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.testing.HostileText;
import com.photostore.domain.text.TextRules;
import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TitleTest {

    @Test
    void titlesAreStrippedAndNfc() {
        assertThat(Title.parse("title", "  Cafe\u0301 at Dawn ")).contains(new Title("Caf\u00E9 at Dawn"));
        assertThat(Title.parse("title", "   ")).isEmpty();
        assertThat(Title.parse("title", "")).isEmpty();
    }

    @Test
    void aTitleIsOneLineOfAtMostTwoHundredCharacters() {
        assertThat(Title.parse("title", "\uD83D\uDE00".repeat(200))).isPresent();
        assertRejected("x".repeat(201), "must be at most 200 characters");
        assertRejected("x".repeat(HostileText.HUGE_LENGTH), "must be at most 200 characters");
        assertRejected("first\nsecond", "must not contain control or unassigned characters");
        assertRejected("evil\u202Etxt", "must not contain bidirectional control characters");
        assertRejected(HostileText.LONE_HIGH_SURROGATE, "is not valid Unicode");
        assertRejected(null, "is required");
    }

    @Test
    void hostileInputIsAValidTitleNothingOrInvalidInput() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(raw -> {
            Optional<Title> title = parsedOrRejected(() -> Title.parse("title", raw));
            if (title != null && title.isPresent()) {
                String value = title.get().value();
                assertThat(value).isNotEmpty().isEqualTo(value.strip());
                assertThat(TextRules.length(value)).isLessThanOrEqualTo(Title.MAX_LENGTH);
                assertThat(TextRules.isClean(value)).isTrue();
                assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).isTrue();
                assertThat(Title.parse("title", value)).contains(title.get());
            }
        });
    }

    private static Gen<String> hostile() {
        return Generate.oneOf(HostileText.strings(), HostileText.spoiling("Sunset over the bay"));
    }

    private static void assertRejected(String raw, String message) {
        assertInvalid(() -> Title.parse("title", raw), "title", message);
    }
}
