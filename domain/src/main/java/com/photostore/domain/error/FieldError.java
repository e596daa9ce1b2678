package com.photostore.domain.error;

import java.util.Objects;

/** One problem with one input field: the field's name as the caller sent it, and a readable message. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
