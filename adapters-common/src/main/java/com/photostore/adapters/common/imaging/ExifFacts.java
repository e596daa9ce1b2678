package com.photostore.adapters.common.imaging;

import com.photostore.domain.photo.Camera;
import com.photostore.domain.photo.Exposure;
import com.photostore.domain.photo.GeoLocation;
import com.photostore.domain.photo.TakenAt;

/** What a file's EXIF says about orientation, capture time, camera, place and exposure; unknown values are {@code null}. */
record ExifFacts(Integer orientation, TakenAt takenAt, Camera camera, GeoLocation location, Exposure exposure) {

    static final ExifFacts NONE = new ExifFacts(null, null, null, null, null);

    /** The orientation to apply, 1 (as stored) when the file names none. */
    int orientationOrDefault() {
        return orientation == null ? 1 : orientation;
    }
}
