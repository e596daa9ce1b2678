package com.photostore.adapters.common.http;

import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.photo.PhotoId;

/** Reads the {@code {id}} segment of a photo path into a {@link PhotoId}, or refuses it as invalid input. */
final class PhotoIdParser {
    /** The name the error carries: the path parameter. */
    static final String FIELD = "id";

    private PhotoIdParser() {
    }

    static PhotoId parse(String raw) {
        return PhotoId.tryParse(raw).orElseThrow(() -> InvalidInputException.of(FIELD, "is not a photo id"));
    }
}
