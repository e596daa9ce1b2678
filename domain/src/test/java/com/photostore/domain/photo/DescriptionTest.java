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

class DescriptionTest {

    @Test
    void lineBreaksAndTabsAreKeptAndCrLfBecomesLf() {
        assertThat(Description.parse("description", " first line\r\nsecond\tline\n"))
                .contains(new Description("first line\nsecond\tline"));
        assertThat(Description.parse("description", "\n\n")).isEmpty();
    }

    @Test
    void otherControlsAndLongTextsAreRejected() {
        assertRejected("bell\u0007", "must not contain control or unassigned characters");
        assertRejected("lone\rreturn", "must not contain control or unassigned characters");
        assertRejected("x".repeat(2001), "must be at most 2000 characters");
        assertRejected("x".repeat(HostileText.HUGE_LENGTH), "must be at most 2000 characters");
        assertRejected("\u2066isolate", "must not contain bidirectional control characters");
        assertThat(Description.parse("description", "x".repeat(2000))).isPresent();
    }

    @Test
    void hostileInputIsAValidDescriptionNothingOrInvalidInput() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(raw -> {
            Optional<Description> description = parsedOrRejected(() -> Description.parse("description", raw));
            if (description != null && description.isPresent()) {
                String value = description.get().value();
                assertThat(value).isNotEmpty().isEqualTo(value.strip()).doesNotContain("\r");
                assertThat(TextRules.length(value)).isLessThanOrEqualTo(Description.MAX_LENGTH);
                assertThat(TextRules.isClean(value.replace("\n", "").replace("\t", ""))).isTrue();
                assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).isTrue();
                assertThat(Description.parse("description", value)).contains(description.get());
            }
        });
    }

    private static Gen<String> hostile() {
        return Generate.oneOf(HostileText.strings(), HostileText.spoiling("A long walk.\nThen rain."));
    }

    private static void assertRejected(String raw, String message) {
        assertInvalid(() -> Description.parse("description", raw), "description", message);
    }
}
