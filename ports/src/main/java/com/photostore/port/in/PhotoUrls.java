package com.photostore.port.in;

import java.net.URI;
import java.util.Objects;

/** Time-limited links to a ready photo's 256 px thumbnail, 1280 px preview and original file. */
public record PhotoUrls(URI thumbnail, URI preview, URI original) {
    public PhotoUrls {
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(preview, "preview");
        Objects.requireNonNull(original, "original");
    }
}
