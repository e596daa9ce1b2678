package com.photostore.domain.query;

import com.photostore.domain.text.SearchFolding;
import java.util.Arrays;
import java.util.List;

/**
 * The words a search asks for, folded ({@link SearchFolding}); a photo matches when each of them appears
 * somewhere in its folded text, in any order ("street cortona" finds "Cortona street").
 */
public record SearchTerms(List<String> words) {
    public static final SearchTerms NONE = new SearchTerms(List.of());

    public SearchTerms {
        words = List.copyOf(words);
        for (String word : words) {
            if (word.isEmpty() || !word.equals(SearchFolding.fold(word)) || word.codePoints().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a search word is folded and has no spaces");
            }
        }
    }

    /** The words of a text as a person typed it; blank text asks for nothing. */
    public static SearchTerms of(String text) {
        if (text == null) {
            return NONE;
        }
        return new SearchTerms(Arrays.stream(SearchFolding.fold(text).split("\\s+"))
                .filter(word -> !word.isEmpty()).distinct().toList());
    }

    /** Whether nothing is asked for. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Whether every word appears in a text already folded. */
    public boolean matchFolded(String foldedText) {
        return words.stream().allMatch(foldedText::contains);
    }

    /** The words joined by single spaces. */
    public String canonical() {
        return String.join(" ", words);
    }
}
