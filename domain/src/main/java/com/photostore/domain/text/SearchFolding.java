package com.photostore.domain.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form text is compared in by search: compatibility-decomposed, accents and other combining marks
 * dropped, lower case, and the letters that do not decompose (ß, æ, œ, ø, ł, đ, ð, þ, ı) spelt as their
 * base letters, so "Cortona", "CORTONA" and "Cortóna" are one word, and "strasse" finds "Straße".
 */
public final class SearchFolding {
    private SearchFolding() {
    }

    /** The folded form of a text; never {@code null}. Folding a folded text changes nothing. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String folded = foldOnce(text);
        for (int pass = 0; pass < 4; pass++) {
            String again = foldOnce(folded);
            if (again.equals(folded)) {
                return folded;
            }
            folded = again;
        }
        return folded;
    }

    /** One pass; a few characters (lower-cased into a decomposable form) need a second. */
    private static String foldOnce(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.append(spelt(Character.toLowerCase(cp)));
            }
        });
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String spelt(int cp) {
        return switch (cp) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            case 'ı' -> "i";
            case 'ς' -> "σ";
            default -> Character.toString(cp);
        };
    }
}
