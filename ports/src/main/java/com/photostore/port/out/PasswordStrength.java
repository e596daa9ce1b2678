package com.photostore.port.out;

import com.photostore.domain.user.Password;
import java.util.List;
import java.util.Optional;

/** Judges whether a password is too common or easy to guess. */
public interface PasswordStrength {

    /**
     * Why the password is too weak, as advice a person can act on, or empty when it is acceptable.
     * {@code context} holds words that make a password easier to guess here (the username, the product name).
     */
    Optional<String> weakness(Password password, List<String> context);
}
