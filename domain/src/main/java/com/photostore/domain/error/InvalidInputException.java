package com.photostore.domain.error;

import java.util.List;

/** Input that breaks a rule of the model; nothing was changed. */
public final class InvalidInputException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    /** A single-field error. */
    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    /** Every field that was wrong, in the order found. */
    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID_INPUT;
    }

    private static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid-input error names at least one field");
        }
        FieldError first = errors.get(0);
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
        return first.field() + ": " + first.message() + more;
    }
}
