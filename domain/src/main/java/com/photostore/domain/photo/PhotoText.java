package com.photostore.domain.photo;

import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.text.TextRules;

/** Validation of the free text a person writes about a photo (title, description). */
final class PhotoText {
    private PhotoText() {
    }

    /** Strips, NFC-normalises and checks a text of at most {@code max} characters; line breaks only when allowed. */
    static String parse(String field, String raw, int max, boolean multiline) {
        if (raw == null) {
            throw InvalidInputException.of(field, "is required");
        }
        if (raw.length() > max * 4) {
            throw InvalidInputException.of(field, "must be at most " + max + " characters");
        }
        String candidate = multiline ? raw.replace("\r\n", "\n").replace("\n", "").replace("\t", "") : raw;
        String unclean = TextRules.uncleanReason(candidate);
        if (unclean != null) {
            throw InvalidInputException.of(field, unclean);
        }
        String value = TextRules.nfc(raw.replace("\r\n", "\n")).strip();
        if (TextRules.length(value) > max) {
            throw InvalidInputException.of(field, "must be at most " + max + " characters");
        }
        return value;
    }
}
