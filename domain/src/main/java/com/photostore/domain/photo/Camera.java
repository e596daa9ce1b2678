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
        return TextRules.metadataText(raw, MAX_LENGTH);
    }
}
