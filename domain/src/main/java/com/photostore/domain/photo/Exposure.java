package com.photostore.domain.photo;

import com.photostore.domain.text.TextRules;

/**
 * How a photo was exposed, as its EXIF records it: the lens, the aperture (f-number), the exposure time in
 * seconds, the ISO sensitivity and the focal length in millimetres; each {@code null} when unknown.
 */
public record Exposure(String lens, Double fNumber, Double exposureSeconds, Integer iso, Double focalLengthMm) {
    public static final int MAX_LENS_LENGTH = 100;
    private static final double MAX_F_NUMBER = 1_000;
    private static final double MAX_EXPOSURE_SECONDS = 100_000;
    private static final int MAX_ISO = 10_000_000;
    private static final double MAX_FOCAL_LENGTH_MM = 100_000;

    public Exposure {
        if (lens != null && !lens.equals(cleanLens(lens))) {
            throw new IllegalArgumentException("a lens name is stored clean");
        }
        if (fNumber != null && !within(fNumber, MAX_F_NUMBER)
                || exposureSeconds != null && !within(exposureSeconds, MAX_EXPOSURE_SECONDS)
                || iso != null && !within(iso, MAX_ISO)
                || focalLengthMm != null && !within(focalLengthMm, MAX_FOCAL_LENGTH_MM)) {
            throw new IllegalArgumentException("exposure values are positive and plausible");
        }
    }

    /**
     * The exposure a file states, keeping only plausible values (positive, finite, within what cameras make) and
     * a cleaned lens name; {@code null} when nothing is left.
     */
    public static Exposure read(String lens, Double fNumber, Double exposureSeconds, Number iso, Double focalLengthMm) {
        String cleanLens = lens == null ? null : cleanLens(lens);
        Exposure exposure = new Exposure(cleanLens,
                fNumber != null && within(fNumber, MAX_F_NUMBER) ? fNumber : null,
                exposureSeconds != null && within(exposureSeconds, MAX_EXPOSURE_SECONDS) ? exposureSeconds : null,
                iso != null && within(iso.doubleValue(), MAX_ISO) && iso.doubleValue() == Math.rint(iso.doubleValue())
                        ? Integer.valueOf(iso.intValue()) : null,
                focalLengthMm != null && within(focalLengthMm, MAX_FOCAL_LENGTH_MM) ? focalLengthMm : null);
        return exposure.isEmpty() ? null : exposure;
    }

    /** Whether nothing is known. */
    public boolean isEmpty() {
        return lens == null && fNumber == null && exposureSeconds == null && iso == null && focalLengthMm == null;
    }

    private static boolean within(double value, double max) {
        return Double.isFinite(value) && value > 0 && value <= max;
    }

    private static String cleanLens(String raw) {
        return TextRules.metadataText(raw, MAX_LENS_LENGTH);
    }
}
