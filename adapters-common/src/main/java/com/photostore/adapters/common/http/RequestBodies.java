package com.photostore.adapters.common.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.port.in.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The JSON request bodies the API accepts; unknown fields and wrong types are refused when reading them. */
final class RequestBodies {
    private RequestBodies() {
    }

    record Credentials(String username, String password) {
        @Override
        public String toString() {
            return "Credentials[username=" + username + ", password=redacted]";
        }
    }

    record LogIn(String username, String password, String deviceToken) {
        @Override
        public String toString() {
            return "LogIn[username=" + username + ", password=redacted, deviceToken=redacted]";
        }
    }

    record Refresh(String refreshToken) {
        @Override
        public String toString() {
            return "Refresh[redacted]";
        }
    }

    record Upload(String fileName, String contentType, Long size, String sha256, String title, List<String> tags) {
    }

    record PhotoChanges(JsonNode title, JsonNode description, JsonNode tags, List<String> addTags,
                        List<String> removeTags) {
    }

    /** A text field of a partial update: absent keeps it, {@code null} clears it, a string sets it. */
    static Patch<String> patch(String field, JsonNode node) {
        if (node == null) {
            return Patch.keep();
        }
        if (node.isNull()) {
            return Patch.clear();
        }
        if (!node.isTextual()) {
            throw InvalidInputException.of(field, "must be a string or null");
        }
        return Patch.set(node.textValue());
    }

    /** A whole new tag list: absent keeps the tags, {@code null} clears them, an array of strings replaces them. */
    static Optional<List<String>> tagList(String field, JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isNull()) {
            return Optional.of(List.of());
        }
        if (!node.isArray()) {
            throw InvalidInputException.of(field, "has the wrong type");
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw InvalidInputException.of(field + "[" + i + "]", "has the wrong type");
            }
            tags.add(node.get(i).textValue());
        }
        return Optional.of(tags);
    }
}
