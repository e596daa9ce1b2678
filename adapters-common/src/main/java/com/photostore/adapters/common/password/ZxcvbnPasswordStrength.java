package com.photostore.adapters.common.password;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.photostore.domain.user.Password;
import com.photostore.port.out.PasswordStrength;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Password strength as zxcvbn estimates it: too weak below a minimum score, with zxcvbn's own advice. */
public final class ZxcvbnPasswordStrength implements PasswordStrength {
    /** The score from which a password is accepted (zxcvbn scores 0 to 4). */
    public static final int DEFAULT_MINIMUM_SCORE = 3;
    static final int MAX_ESTIMATED_CHARS = 128;
    private static final String FALLBACK_ADVICE = "Use a longer password made of several uncommon words.";

    private final Zxcvbn zxcvbn = new Zxcvbn();
    private final int minimumScore;

    public ZxcvbnPasswordStrength() {
        this(DEFAULT_MINIMUM_SCORE);
    }

    public ZxcvbnPasswordStrength(int minimumScore) {
        if (minimumScore < 0 || minimumScore > 4) {
            throw new IllegalArgumentException("a zxcvbn score is 0 to 4");
        }
        this.minimumScore = minimumScore;
    }

    @Override
    public Optional<String> weakness(Password password, List<String> context) {
        Objects.requireNonNull(context, "context");
        List<String> words = new ArrayList<>();
        for (String word : context) {
            if (word != null && !word.isBlank()) {
                words.add(truncated(word));
            }
        }
        Strength strength = zxcvbn.measure(truncated(password.reveal()), words);
        try {
            return strength.getScore() >= minimumScore ? Optional.empty() : Optional.of(advice(strength.getFeedback()));
        } finally {
            strength.wipe();
        }
    }

    private static String advice(Feedback feedback) {
        List<String> sentences = new ArrayList<>();
        String warning = feedback.getWarning(Locale.ENGLISH);
        if (warning != null && !warning.isBlank()) {
            sentences.add(warning.strip());
        }
        for (String suggestion : feedback.getSuggestions(Locale.ENGLISH)) {
            if (suggestion != null && !suggestion.isBlank()) {
                sentences.add(suggestion.strip());
            }
        }
        return sentences.isEmpty() ? FALLBACK_ADVICE : String.join(" ", sentences);
    }

    /** At most the first 128 characters, never splitting a surrogate pair, so estimating takes bounded time. */
    static String truncated(String text) {
        if (text.length() <= MAX_ESTIMATED_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_ESTIMATED_CHARS - 1)) ? MAX_ESTIMATED_CHARS - 1 : MAX_ESTIMATED_CHARS;
        return text.substring(0, end);
    }
}
