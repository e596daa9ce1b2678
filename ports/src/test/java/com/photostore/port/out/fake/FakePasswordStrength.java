package com.photostore.port.out.fake;

import com.photostore.domain.user.Password;
import com.photostore.port.out.PasswordStrength;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Refuses a short list of very common passwords and passwords that contain a context word. */
public final class FakePasswordStrength implements PasswordStrength {
    /** Passwords every guessing attack tries first. */
    public static final Set<String> COMMON = Set.of("password", "password1", "password123", "12345678",
            "123456789", "1234567890", "qwertyuiop", "iloveyou", "11111111", "letmein123", "sunshine",
            "princess", "football", "baseball", "welcome1", "abc12345", "qwerty123", "trustno1");
    private static final int MIN_CONTEXT_WORD = 3;

    @Override
    public Optional<String> weakness(Password password, List<String> context) {
        String lower = password.reveal().toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("This is one of the most common passwords; choose a longer phrase of unrelated words.");
        }
        boolean containsContext = context.stream()
                .map(word -> word.toLowerCase(Locale.ROOT))
                .anyMatch(word -> word.length() >= MIN_CONTEXT_WORD && lower.contains(word));
        if (containsContext) {
            return Optional.of("Do not use your username or the name of this service in your password.");
        }
        return Optional.empty();
    }
}
