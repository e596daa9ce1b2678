package com.photostore.domain.photo;

/** Where a photo was taken, in WGS 84 decimal degrees. */
public record GeoLocation(double latitude, double longitude) {
    public GeoLocation {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("latitude in [-90, 90] and longitude in [-180, 180]");
        }
    }
}
