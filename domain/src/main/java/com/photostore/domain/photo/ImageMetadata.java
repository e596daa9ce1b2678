package com.photostore.domain.photo;

import java.util.Objects;

/**
 * What an image file says about itself: its real format and size in pixels (as stored, before
 * orientation), and from EXIF the orientation (1–8), when and where it was taken, by which camera and how
 * it was exposed. Unknown values are {@code null}.
 */
public record ImageMetadata(ContentType contentType, int width, int height, Integer orientation,
                            TakenAt takenAt, Camera camera, GeoLocation location, Exposure exposure) {
    public ImageMetadata {
        Objects.requireNonNull(contentType, "contentType");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an image has a positive size");
        }
        if (orientation != null && (orientation < 1 || orientation > 8)) {
            throw new IllegalArgumentException("EXIF orientation is 1 to 8");
        }
        if (camera != null && camera.isEmpty()) {
            camera = null;
        }
        if (exposure != null && exposure.isEmpty()) {
            exposure = null;
        }
    }

    /** The facts of a file whose exposure is not known. */
    public ImageMetadata(ContentType contentType, int width, int height, Integer orientation, TakenAt takenAt,
                         Camera camera, GeoLocation location) {
        this(contentType, width, height, orientation, takenAt, camera, location, null);
    }

    /** Width as displayed, after the orientation is applied. */
    public int displayWidth() {
        return swapsSides() ? height : width;
    }

    /** Height as displayed, after the orientation is applied. */
    public int displayHeight() {
        return swapsSides() ? width : height;
    }

    private boolean swapsSides() {
        return orientation != null && orientation >= 5;
    }
}
