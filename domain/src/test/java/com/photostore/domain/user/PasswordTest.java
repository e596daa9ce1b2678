package com.photostore.domain.user;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.assertInvalid;
import static com.photostore.domain.testing.Parsing.parsedOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.testing.HostileText;
import com.photostore.domain.text.TextRules;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PasswordTest {

    @Test
    void lengthIsEightToOneHundredTwentyEightCharacters() {
        assertThat(Password.parse("12345678").reveal()).isEqualTo("12345678");
        assertThat(Password.parse("\uD83D\uDE00".repeat(128)).reveal()).hasSize(256);
        assertRejected("1234567", "must be at least 8 characters");
        assertRejected("x".repeat(129), "must be at most 128 characters");
        assertRejected("", "is required");
        assertRejected(null, "is required");
    }

    @Test
    void passwordsAreNfkcNormalisedSoKeyboardsAgree() {
        assertThat(Password.parse("\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44")).isEqualTo(Password.parse("password"));
        assertThat(Password.parse("caf\u00E9-latte")).isEqualTo(Password.parse("cafe\u0301-latte"));
    }

    @Test
    void controlCharactersAndInvalidUnicodeAreRejected() {
        assertRejected("secret\u0000word", "must contain only printable characters");
        assertRejected("secret\nword", "must contain only printable characters");
        assertRejected("secret" + HostileText.LONE_HIGH_SURROGATE + "word", "is not valid Unicode");
    }

    @Test
    void neitherToStringNorErrorsRevealThePassword() {
        Password password = Password.parse("correct horse battery staple");
        assertThat(password.toString()).doesNotContain("horse").isEqualTo("Password[redacted]");
        assertThatThrownBy(() -> Password.parse("short\u0000pw")).hasMessageNotContaining("short");
    }

    @Test
    void hostileInputIsAPolicyConformingPasswordOrInvalidInput() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(raw -> {
            Password parsed = parsedOrRejected(() -> Password.parse(raw));
            if (parsed != null) {
                String value = parsed.reveal();
                assertThat(TextRules.length(value)).isBetween(Password.MIN_LENGTH, Password.MAX_LENGTH);
                assertThat(TextRules.hasUnpairedSurrogate(value)).isFalse();
                assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFKC)).isTrue();
                assertThat(Password.parse(value)).isEqualTo(parsed);
                assertThat(parsed.toString()).isEqualTo("Password[redacted]");
            }
        });
    }

    private static Gen<String> hostile() {
        return Generate.oneOf(HostileText.strings(), HostileText.spoiling("my secret passphrase"));
    }

    private static void assertRejected(String raw, String message) {
        assertInvalid(() -> Password.parse(raw), "password", message);
    }
}
