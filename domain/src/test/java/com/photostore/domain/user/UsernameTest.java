package com.photostore.domain.user;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.assertInvalid;
import static com.photostore.domain.testing.Parsing.parsedOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.testing.Gens;
import com.photostore.domain.testing.HostileText;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class UsernameTest {

    private static final String LETTERS_AND_DIGITS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    @Test
    void parseStripsAndLowerCases() {
        assertThat(Username.parse("  Alice.Smith_2-x ").value()).isEqualTo("alice.smith_2-x");
    }

    @Test
    void lengthIsThreeToThirtyTwo() {
        assertThat(Username.parse("abc").value()).isEqualTo("abc");
        assertThat(Username.parse("a".repeat(32)).value()).hasSize(32);
        assertRejected("ab", "must be 3 to 32 characters");
        assertRejected("a".repeat(33), "must be 3 to 32 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {".alice", "_alice", "-alice"})
    void mustStartWithLetterOrDigit(String raw) {
        assertRejected(raw, "must start with a letter or digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void blankIsRequired(String raw) {
        assertRejected(raw, "is required");
    }

    @Test
    void nullIsRequired() {
        assertRejected(null, "is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\u0430lice", "\uFF41lice", "\u212Aelvin", "\u0130stanbul", "al\u0131ce", "alice\u200B", "ali\u202Ece",
            "al ice", "alice@example", "al/ice", "ali\u00DFe"})
    void unicodeLookAlikesAndOtherCharactersAreRejected(String raw) {
        assertRejected(raw, "may contain only the letters a-z, digits, '.', '_' and '-'");
    }

    @Test
    void constructorAcceptsOnlyTheStoredForm() {
        assertThat(new Username("bob")).isEqualTo(Username.parse("BOB"));
        assertThatThrownBy(() -> new Username("Bob")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Username(" bob")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void hugeInputIsRejectedWithoutEchoingIt() {
        String huge = "a".repeat(HostileText.HUGE_LENGTH);
        assertThatThrownBy(() -> Username.parse(huge)).isInstanceOf(InvalidInputException.class)
                .hasMessage("username: must be at most 32 characters");
    }

    @Test
    void validNamesRoundTrip() {
        qt().withExamples(EXAMPLES).forAll(validNames()).checkAssert(raw -> {
            Username parsed = Username.parse(raw);
            assertThat(parsed.value()).isEqualTo(raw.strip().toLowerCase(Locale.ROOT));
            assertThat(Username.parse(parsed.value())).isEqualTo(parsed);
        });
    }

    @Test
    void hostileInputIsAValidNameOrInvalidInput() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(raw -> {
            Username parsed = parsedOrRejected(() -> Username.parse(raw));
            if (parsed != null) {
                assertThat(parsed.value()).matches("[a-z0-9][a-z0-9._-]{2,31}");
            }
        });
    }

    @Test
    void namesWithLookAlikesAreRejected() {
        qt().withExamples(EXAMPLES).forAll(withLookAlike()).checkAssert(raw -> {
            assertThat(parsedOrRejected(() -> Username.parse(raw))).isNull();
        });
    }

    private static Gen<String> validNames() {
        Gen<Character> first = Gens.chars(LETTERS_AND_DIGITS);
        Gen<String> rest = Gens.strings(Gens.chars(LETTERS_AND_DIGITS + "._-"), 2, 31);
        return first.zip(rest, Gens.of("", " ", "  "), (f, r, pad) -> pad + f + r + pad);
    }

    private static Gen<String> hostile() {
        return Generate.oneOf(HostileText.strings(), validNames().flatMap(HostileText::spoiling));
    }

    private static Gen<String> withLookAlike() {
        Gen<String> lookAlike = Gens.of(HostileText.CYRILLIC_A, HostileText.FULLWIDTH_A,
                HostileText.KELVIN_SIGN, HostileText.DOTTED_CAPITAL_I);
        return validNames().zip(lookAlike, Gens.ints(0, 40), (name, alike, at) -> {
            String stripped = name.strip();
            int i = Math.min(at, stripped.length());
            return stripped.substring(0, i) + alike + stripped.substring(i);
        });
    }

    private static void assertRejected(String raw, String message) {
        assertInvalid(() -> Username.parse(raw), "username", message);
    }
}
