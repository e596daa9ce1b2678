package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.user.Password;
import com.photostore.port.out.PasswordStrength;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link PasswordStrength} does: common and context-derived passwords are weak, long random ones fine. */
public abstract class PasswordStrengthContractTest {
    private static final List<String> CONTEXT = List.of("margarethe", "photostore");

    private PasswordStrength strength;

    /** The judge under test; called once before each test. */
    protected abstract PasswordStrength strength();

    @BeforeEach
    void setUpStrength() {
        strength = strength();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "qwertyuiop", "iloveyou", "password1"})
    void commonPasswordsAreWeak(String common) {
        assertThat(strength.weakness(Password.parse(common), CONTEXT)).hasValueSatisfying(advice ->
                assertThat(advice).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"margarethe1234", "photostore2024"})
    void passwordsMadeOfAContextWordAreWeak(String guessable) {
        assertThat(strength.weakness(Password.parse(guessable), CONTEXT)).hasValueSatisfying(advice ->
                assertThat(advice).isNotBlank().doesNotContain(guessable));
    }

    @Test
    void aLongRandomPassphraseIsFine() {
        assertThat(strength.weakness(Password.parse("Velvet-Orbit-Tangerine-Quasar-917"), CONTEXT)).isEmpty();
        assertThat(strength.weakness(Password.parse("gl4cier umbrella quietly tangerine"), List.of())).isEmpty();
    }
}
