package com.photostore.domain.user;

import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.text.TextRules;
import java.text.Normalizer;
import java.util.Objects;

/**
 * A password that meets the length policy: 8–128 characters of any printable Unicode, NFKC-normalised
 * so that the same password typed on different keyboards matches. There are no composition rules; whether
 * it is too common or guessable is decided by the {@code PasswordStrength} port. Never printed.
 */
public final class Password {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final String FIELD = "password";

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /** Checks the policy and normalises; the error never repeats the password. */
    public static Password parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw InvalidInputException.of(FIELD, "is required");
        }
        if (raw.length() > MAX_LENGTH * 4) {
            throw InvalidInputException.of(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        if (TextRules.hasUnpairedSurrogate(raw)) {
            throw InvalidInputException.of(FIELD, "is not valid Unicode");
        }
        String normalised = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        if (normalised.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL
                || Character.getType(cp) == Character.UNASSIGNED)) {
            throw InvalidInputException.of(FIELD, "must contain only printable characters");
        }
        int length = TextRules.length(normalised);
        if (length < MIN_LENGTH) {
            throw InvalidInputException.of(FIELD, "must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw InvalidInputException.of(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        return new Password(normalised);
    }

    /** The normalised password, for hashing and strength checks only. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Password other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}
