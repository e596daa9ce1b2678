package com.photostore.port.out;

import com.photostore.domain.photo.ContentType;
import java.util.Optional;

/** Reads image files: their real type, their metadata, and thumbnails, with bounded memory. */
public interface ImageInspector {

    /** The accepted type the leading bytes of a file announce (magic bytes), if any. */
    Optional<ContentType> sniff(byte[] head);

    /** Inspects a whole file: type from its bytes, size checked before decoding, EXIF, both thumbnails. */
    ImageAnalysis analyse(byte[] file);
}
