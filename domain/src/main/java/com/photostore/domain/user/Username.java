package com.photostore.domain.user;

import com.photostore.domain.error.InvalidInputException;
import java.util.Locale;
import java.util.Objects;

/**
 * A login name: 3–32 characters of {@code a-z 0-9 . _ -}, starting with a letter or digit,
 * stored in lower case so that uniqueness is case-insensitive. Only ASCII is accepted, so
 * Unicode look-alikes (Cyrillic {@code а}, fullwidth letters, the Kelvin sign) are rejected.
 */
public record Username(String value) {
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 32;
    private static final String FIELD = "username";

    public Username {
        Objects.requireNonNull(value, "value");
        String problem = problem(value);
        if (problem != null || !value.equals(value.toLowerCase(Locale.ROOT))) {
            throw InvalidInputException.of(FIELD, problem != null ? problem : "must be lower case");
        }
    }

    /** Parses what a person typed: surrounding spaces are dropped and ASCII letters are lower-cased. */
    public static Username parse(String raw) {
        if (raw == null) {
            throw InvalidInputException.of(FIELD, "is required");
        }
        String trimmed = raw.strip();
        String problem = problem(trimmed);
        if (problem != null) {
            throw InvalidInputException.of(FIELD, problem);
        }
        return new Username(trimmed.toLowerCase(Locale.ROOT));
    }

    private static String problem(String s) {
        if (s.isEmpty()) {
            return "is required";
        }
        if (s.length() > MAX_LENGTH * 4) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isAllowed(s.charAt(i))) {
                return "may contain only the letters a-z, digits, '.', '_' and '-'";
            }
        }
        if (s.length() < MIN_LENGTH || s.length() > MAX_LENGTH) {
            return "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters";
        }
        if (!Character.isLetterOrDigit(s.charAt(0))) {
            return "must start with a letter or digit";
        }
        return null;
    }

    private static boolean isAllowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-';
    }

    @Override
    public String toString() {
        return value;
    }
}
