package com.photostore.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void aTextIsItsFoldedWordsOnceEach() {
        assertThat(SearchTerms.of("  Cortona  STREET\tcortóna ").words()).containsExactly("cortona", "street");
        assertThat(SearchTerms.of("Cortona\u00A0street").words()).containsExactly("cortona", "street");
        assertThat(SearchTerms.of("u\u001Fploaded\u2028at\u3000x\u1680y").words())
                .containsExactly("u", "ploaded", "at", "x", "y");
        assertThat(SearchTerms.of("   ").isEmpty()).isTrue();
        assertThat(SearchTerms.of(null)).isEqualTo(SearchTerms.NONE);
    }

    @Test
    void everyWordMustAppear() {
        SearchTerms terms = SearchTerms.of("street cort");
        assertThat(terms.matchFolded("img_1.jpg\ncortona street")).isTrue();
        assertThat(terms.matchFolded("img_1.jpg\ncortona")).isFalse();
        assertThat(SearchTerms.NONE.matchFolded("anything")).isTrue();
    }

    @Test
    void wordsAreStoredFoldedWithoutSpaces() {
        assertThatThrownBy(() -> new SearchTerms(List.of("Cortona"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchTerms(List.of("a b"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchTerms(List.of(""))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SearchTerms(List.of("cortona")).canonical()).isEqualTo("cortona");
    }
}
