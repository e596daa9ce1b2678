package com.photostore.application.service;

import com.photostore.domain.photo.Photo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user metadata stored with an uploaded original: its photo id, and its original name and tags
 * percent-encoded as UTF-8 (so every value is ASCII), kept within the 2 KB object stores allow.
 */
final class UploadMetadata {
    static final String PHOTO_ID = "photo-id";
    static final String ORIGINAL_NAME = "original-name";
    static final String TAGS = "tags";
    static final int MAX_NAME_CHARS = 1000;
    static final int MAX_TAGS_CHARS = 900;

    private UploadMetadata() {
    }

    static Map<String, String> of(Photo photo) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(PHOTO_ID, photo.id().value());
        metadata.put(ORIGINAL_NAME, boundedName(photo.fileName().value()));
        String tags = boundedTags(photo.tags().strings());
        if (!tags.isEmpty()) {
            metadata.put(TAGS, tags);
        }
        return metadata;
    }

    /** Percent-encodes the UTF-8 bytes of a text, spaces as {@code %20}, so that it is ASCII and decodes as a URL component. */
    static String percentEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String boundedName(String name) {
        String text = name;
        String encoded = percentEncode(text);
        while (encoded.length() > MAX_NAME_CHARS) {
            text = text.substring(0, text.offsetByCodePoints(text.length(), -1));
            encoded = percentEncode(text);
        }
        return encoded;
    }

    private static String boundedTags(List<String> tags) {
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (String tag : tags) {
            String encoded = percentEncode(tag);
            int added = encoded.length() + (kept.isEmpty() ? 0 : 1);
            if (length + added <= MAX_TAGS_CHARS) {
                kept.add(encoded);
                length += added;
            }
        }
        return String.join(",", kept);
    }
}
