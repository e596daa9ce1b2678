package com.photostore.port.out;

import java.util.Objects;

/** A JPEG rendering of an image, orientation applied, and its size in pixels. */
public record Thumbnail(byte[] jpeg, int width, int height) {
    public Thumbnail {
        Objects.requireNonNull(jpeg, "jpeg");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("positive size");
        }
    }
}
