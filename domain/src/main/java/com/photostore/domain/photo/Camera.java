package com.photostore.domain.photo;

import com.photostore.domain.text.TextRules;

/** The camera that took a photo, as its EXIF names it; either part may be absent ({@code null}). */
public record Camera(String make, String model) {
    public static final int MAX_LENGTH = 100;

    public Camera {
        make = clean(make);
        model = clean(model);
    }

    /** Whether nothing is known about the camera. */
    public boolean isEmpty() {
        return make == null && model == null;
    }

    private static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        raw.codePoints().filter(cp -> !TextRules.isForbidden(cp) && cp != 0).forEach(out::appendCodePoint);
        String s = TextRules.nfc(out.toString()).strip();
        if (TextRules.length(s) > MAX_LENGTH) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        return s.isEmpty() ? null : s;
    }
}
