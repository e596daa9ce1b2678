package com.photostore.domain.photo;

import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.text.TextRules;
import java.util.Locale;
import java.util.Objects;

/** A label on a photo: trimmed, lower-case, Unicode NFC, 1–64 characters, visible, no control or bidirectional characters. */
public record Tag(String value) implements Comparable<Tag> {
    public static final int MAX_LENGTH = 64;

    public Tag {
        Objects.requireNonNull(value, "value");
        if (!value.equals(normalise(value)) || problem(value) != null) {
            throw new IllegalArgumentException("a tag is stored normalised and valid");
        }
    }

    /** Normalises and validates what a person typed; {@code field} names the input in errors. */
    public static Tag parse(String field, String raw) {
        if (raw == null) {
            throw InvalidInputException.of(field, "is required");
        }
        if (raw.length() > MAX_LENGTH * 8) {
            throw InvalidInputException.of(field, "must be at most " + MAX_LENGTH + " characters");
        }
        String unclean = TextRules.uncleanReason(raw);
        if (unclean != null) {
            throw InvalidInputException.of(field, unclean);
        }
        String value = normalise(raw);
        String problem = problem(value);
        if (problem != null) {
            throw InvalidInputException.of(field, problem);
        }
        return new Tag(value);
    }

    private static String normalise(String raw) {
        return TextRules.nfc(TextRules.nfc(raw.strip()).toLowerCase(Locale.ROOT)).strip();
    }

    private static String problem(String value) {
        if (value.isEmpty()) {
            return "must not be empty";
        }
        if (value.codePoints().allMatch(Tag::isInvisible)) {
            return "must contain a visible character";
        }
        if (TextRules.length(value) > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        return TextRules.uncleanReason(value);
    }

    private static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT || Character.isSpaceChar(codePoint)
                || Character.isWhitespace(codePoint);
    }

    @Override
    public int compareTo(Tag other) {
        return TextRules.compareCodePoints(value, other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
