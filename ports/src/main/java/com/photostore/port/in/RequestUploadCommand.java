package com.photostore.port.in;

import java.util.List;

/**
 * What a client declares about a file it wants to upload: its name, media type and size, optionally
 * its SHA-256 (to skip files already stored), a title and tags. Absent optional values are {@code null}.
 */
public record RequestUploadCommand(String fileName, String contentType, Long size, String sha256, String title,
                                   List<String> tags) {
    public RequestUploadCommand {
        tags = tags == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tags));
    }
}
