package com.photostore.domain.photo;

import com.photostore.domain.error.InvalidInputException;
import java.util.Locale;
import java.util.Optional;

/** The image formats Photostore accepts. */
public enum ContentType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    GIF("image/gif", "gif");

    /** Longer text cannot name a type; lower-casing long runs of some letters (capital sigma) takes quadratic time. */
    private static final int LONGEST_MIME_TYPE = 10;

    private final String mimeType;
    private final String extension;

    ContentType(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    /** The media type, for example {@code image/jpeg}. */
    public String mimeType() {
        return mimeType;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The type named by a media type (case-insensitive, parameters ignored), if accepted. */
    public static Optional<ContentType> fromMimeType(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int semicolon = text.indexOf(';');
        String bare = (semicolon >= 0 ? text.substring(0, semicolon) : text).strip();
        if (bare.length() > LONGEST_MIME_TYPE) {
            return Optional.empty();
        }
        String lowerCase = bare.toLowerCase(Locale.ROOT);
        for (ContentType type : values()) {
            if (type.mimeType.equals(lowerCase)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Parses a client-supplied media type; anything but the accepted image types is invalid input. */
    public static ContentType parse(String field, String text) {
        return fromMimeType(text).orElseThrow(() -> InvalidInputException.of(field,
                "must be one of image/jpeg, image/png, image/webp, image/gif"));
    }
}
