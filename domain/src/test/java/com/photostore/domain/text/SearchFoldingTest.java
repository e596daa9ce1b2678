package com.photostore.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

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
    void scriptsWithoutCaseOrAccentsStayAsTheyAre() {
        assertThat(SearchFolding.fold("東京タワー")).isEqualTo("東京タワー");
        assertThat(SearchFolding.fold(null)).isEmpty();
    }
}
