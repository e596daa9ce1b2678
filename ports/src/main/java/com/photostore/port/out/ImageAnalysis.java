package com.photostore.port.out;

import com.photostore.domain.photo.ImageMetadata;
import java.util.Objects;

/** What inspecting a file found: an accepted image with its metadata and thumbnails, or a reason to refuse it. */
public sealed interface ImageAnalysis {

    /** An image of an accepted type, with its metadata and the 256 px and 1280 px thumbnails. */
    record Accepted(ImageMetadata metadata, Thumbnail thumbnail, Thumbnail preview) implements ImageAnalysis {
        public Accepted {
            Objects.requireNonNull(metadata, "metadata");
            Objects.requireNonNull(thumbnail, "thumbnail");
            Objects.requireNonNull(preview, "preview");
        }
    }

    /** Not an accepted image; the reason is fit to show the uploader. */
    record Rejected(String reason) implements ImageAnalysis {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
