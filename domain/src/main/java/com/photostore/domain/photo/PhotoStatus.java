package com.photostore.domain.photo;

/** Where a photo is in its life: announced and awaiting its file, stored and usable, or refused. */
public enum PhotoStatus {
    PENDING,
    READY,
    REJECTED;

    /** The lower-case name used in the API. */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
