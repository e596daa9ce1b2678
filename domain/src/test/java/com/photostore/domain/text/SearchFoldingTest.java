package com.photostore.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class SearchFoldingTest {

    @Test
    void caseAndAccentsFoldAway() {
        assertThat(SearchFolding.fold("Cortóna ÉTÉ Çà Ñandú")).isEqualTo("cortona ete ca nandu");
        assertThat(SearchFolding.fold("Cortóna")).isEqualTo(SearchFolding.fold("cortona"));
    }

    @Test
    void lettersThatDoNotDecomposeAreSpeltWithTheirBaseLetters() {
        assertThat(SearchFolding.fold("Straße Æbleskiver Œuvre Øresund Łódź Đakovo Þingvellir Iğdır"))
                .isEqualTo("strasse aebleskiver oeuvre oresund lodz dakovo thingvellir igdir");
    }

    @Test
    void compatibilityFormsAreTheirPlainLetters() {
        assertThat(SearchFolding.fold("ﬁsh ＴＯＫＹＯ ²")).isEqualTo("fish tokyo 2");
    }

    @Test
    void foldingAFoldedTextChangesNothing() {
        qt().withExamples(20_000).forAll(strings().allPossible().ofLengthBetween(0, 12))
                .check(text -> SearchFolding.fold(SearchFolding.fold(text)).equals(SearchFolding.fold(text)));
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (Character.isDefined(cp) && !Character.isSurrogate((char) Math.min(cp, 0xFFFF))) {
                String one = Character.toString(cp);
                assertThat(SearchFolding.fold(SearchFolding.fold(one))).as("U+%04X", cp).isEqualTo(SearchFolding.fold(one));
            }
        }
    }

    @Test
    void scriptsWithoutCaseOrAccentsStayAsTheyAre() {
        assertThat(SearchFolding.fold("東京タワー")).isEqualTo("東京タワー");
        assertThat(SearchFolding.fold(null)).isEmpty();
    }
}
