package com.photostore.application.service;

import com.photostore.domain.error.FieldError;
import com.photostore.domain.error.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects the errors of several input fields so that all of them are reported at once. */
final class InputErrors {
    private final List<FieldError> errors = new ArrayList<>();

    /** The parsed value, or {@code null} after recording why it could not be parsed. */
    <T> T collect(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Throws one {@link InvalidInputException} naming every recorded error, if there is any. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
