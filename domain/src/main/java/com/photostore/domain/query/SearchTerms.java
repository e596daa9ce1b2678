package com.photostore.domain.query;

import com.photostore.domain.text.SearchFolding;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words a search asks for, folded ({@link SearchFolding}); a photo matches when each of them appears
 * somewhere in its folded text, in any order ("street cortona" finds "Cortona street").
 */
public record SearchTerms(List<String> words) {
    public static final SearchTerms NONE = new SearchTerms(List.of());
    /** What separates words: any Unicode space or Java whitespace (line and paragraph separators included). */
    private static final Pattern SEPARATOR = Pattern.compile("[\\p{javaWhitespace}\\p{Z}]+");

    public SearchTerms {
        words = List.copyOf(words);
        for (String word : words) {
            if (word.isEmpty() || !word.equals(SearchFolding.fold(word)) || SEPARATOR.matcher(word).find()) {
                throw new IllegalArgumentException("a search word is folded and has no spaces");
            }
        }
    }

    /** The words of a text as a person typed it; blank text asks for nothing. */
    public static SearchTerms of(String text) {
        if (text == null) {
            return NONE;
        }
        return new SearchTerms(Arrays.stream(SEPARATOR.split(SearchFolding.fold(text)))
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
