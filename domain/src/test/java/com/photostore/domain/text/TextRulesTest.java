package com.photostore.domain.text;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.testing.Gens;
import com.photostore.domain.testing.HostileText;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TextRulesTest {

    @Test
    void compareCodePointsAgreesWithComparingCodePointArrays() {
        qt().withExamples(EXAMPLES).forAll(texts(), texts()).checkAssert((a, b) -> {
            int expected = Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
            assertThat(Integer.signum(TextRules.compareCodePoints(a, b))).isEqualTo(expected);
            assertThat(Integer.signum(TextRules.compareCodePoints(b, a))).isEqualTo(-expected);
        });
    }

    @Test
    void codePointOrderDiffersFromUtf16OrderForSupplementaryCharacters() {
        String bmpHigh = "\uFFFD";
        String emoji = "\uD83D\uDE00";
        assertThat(bmpHigh.compareTo(emoji)).as("UTF-16 order").isPositive();
        assertThat(TextRules.compareCodePoints(bmpHigh, emoji)).as("code point order").isNegative();
        assertThat(TextRules.compareCodePoints("ab", "abc")).isNegative();
        assertThat(TextRules.compareCodePoints("abc", "abc")).isZero();
    }

    @Test
    void unpairedSurrogatesAreDetected() {
        assertThat(TextRules.hasUnpairedSurrogate("a\uD800")).isTrue();
        assertThat(TextRules.hasUnpairedSurrogate("\uDC00a")).isTrue();
        assertThat(TextRules.hasUnpairedSurrogate("\uD800\uD800\uDC00")).isTrue();
        assertThat(TextRules.hasUnpairedSurrogate("\uDC00\uD800")).isTrue();
        assertThat(TextRules.hasUnpairedSurrogate("\uD83D\uDE00 ok")).isFalse();
        assertThat(TextRules.hasUnpairedSurrogate("")).isFalse();
    }

    @Test
    void unpairedSurrogatesAreDetectedExactlyWhenUtf8CannotCarryTheText() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            boolean roundTrips = new String(s.getBytes(UTF_8),
                    UTF_8).equals(s);
            assertThat(TextRules.hasUnpairedSurrogate(s)).isEqualTo(!roundTrips);
        });
    }

    @Test
    void forbiddenCodePoints() {
        assertThat(TextRules.isForbidden(0x0000)).isTrue();
        assertThat(TextRules.isForbidden(0x007F)).isTrue();
        assertThat(TextRules.isForbidden(0x202E)).isTrue();
        assertThat(TextRules.isForbidden(0x2066)).isTrue();
        assertThat(TextRules.isForbidden(0xFFFE)).isTrue();
        assertThat(TextRules.isForbidden(0x1FFFF)).isTrue();
        assertThat(TextRules.isForbidden(0xFDD0)).isTrue();
        assertThat(TextRules.isForbidden(0x0378)).as("unassigned").isTrue();
        assertThat(TextRules.isForbidden('a')).isFalse();
        assertThat(TextRules.isForbidden(0x1F600)).isFalse();
        assertThat(TextRules.isForbidden(0x200B)).as("zero width space is a format character").isFalse();
    }

    @Test
    void uncleanReasonsNameTheFirstProblem() {
        assertThat(TextRules.uncleanReason("fine")).isNull();
        assertThat(TextRules.uncleanReason("a\uD800\u202E")).isEqualTo("is not valid Unicode");
        assertThat(TextRules.uncleanReason("a\u0000\u202E")).isEqualTo("must not contain bidirectional control characters");
        assertThat(TextRules.uncleanReason("a\u0000")).isEqualTo("must not contain control or unassigned characters");
        assertThat(TextRules.isClean("fine \uD83D\uDE00")).isTrue();
        assertThat(TextRules.isClean("a\u0085")).isFalse();
    }

    @Test
    void lengthCountsCodePointsAndNfcComposes() {
        assertThat(TextRules.length("\uD83D\uDE00a")).isEqualTo(2);
        assertThat(TextRules.nfc("e\u0301")).isEqualTo("\u00E9");
        assertThat(TextRules.nfc("\u212A")).isEqualTo("K");
    }

    @Test
    void hostileTextIsCleanOnlyWithoutForbiddenCodePoints() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            boolean clean = TextRules.isClean(s);
            assertThat(clean).isEqualTo(TextRules.uncleanReason(s) == null);
            if (clean) {
                assertThat(s.codePoints().noneMatch(TextRules::isForbidden)).isTrue();
            }
        });
    }

    private static Gen<String> texts() {
        return Generate.oneOf(HostileText.mixtures(), Gens.strings(Gens.anyChar(), 0, 8),
                Gens.strings(Gens.chars("a\uFFFD\uD83D\uDE00\uD800\uDC00"), 0, 6));
    }
}
