package com.photostore.domain.text;

import java.text.Normalizer;

/** Character-level rules shared by every piece of text a user can give: what is never accepted, and how text is normalised. */
public final class TextRules {

    private TextRules() {
    }

    /** Whether the string holds a lone (unpaired) UTF-16 surrogate, that is, it is not valid Unicode. */
    public static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a code point may never appear in user text: control characters, bidirectional
     * overrides and isolates (which make text display differently from what it is),
     * unassigned code points and non-characters.
     */
    public static boolean isForbidden(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE) {
            return true;
        }
        if (isBidiControl(codePoint)) {
            return true;
        }
        return (codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF);
    }

    /** Whether a code point changes the direction text is displayed in. */
    public static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
    }

    /** Whether the string is valid Unicode and holds no forbidden code point. */
    public static boolean isClean(String s) {
        return !hasUnpairedSurrogate(s) && s.codePoints().noneMatch(TextRules::isForbidden);
    }

    /** The first reason the string is not clean, or {@code null} when it is. */
    public static String uncleanReason(String s) {
        if (hasUnpairedSurrogate(s)) {
            return "is not valid Unicode";
        }
        if (s.codePoints().anyMatch(TextRules::isBidiControl)) {
            return "must not contain bidirectional control characters";
        }
        if (s.codePoints().anyMatch(TextRules::isForbidden)) {
            return "must not contain control or unassigned characters";
        }
        return null;
    }

    /** Unicode NFC of the string. */
    public static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Number of code points (what a person counts as characters, near enough). */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Compares two strings by Unicode code point, the order PostgreSQL's C collation and DynamoDB use for UTF-8. */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * A short text read from a file's metadata made safe to show: forbidden code points and NULs dropped, NFC,
     * stripped, cut to {@code max} code points; {@code null} when nothing is left.
     */
    public static String metadataText(String raw, int max) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        raw.codePoints().filter(cp -> !isForbidden(cp) && cp != 0).forEach(out::appendCodePoint);
        String s = nfc(out.toString()).strip();
        if (length(s) > max) {
            s = s.substring(0, s.offsetByCodePoints(0, max)).strip();
        }
        return s.isEmpty() ? null : s;
    }
}
