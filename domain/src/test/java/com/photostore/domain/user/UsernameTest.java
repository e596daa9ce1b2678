package com.photostore.domain.user;

import static com.photostore.domain.testing.Parsing.assertInvalid;
import static com.photostore.domain.testing.Parsing.parsedOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.testing.HostileText;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

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

    @Property
    void validNamesRoundTrip(@ForAll("validNames") String raw) {
        Username parsed = Username.parse(raw);
        assertThat(parsed.value()).isEqualTo(raw.strip().toLowerCase(Locale.ROOT));
        assertThat(Username.parse(parsed.value())).isEqualTo(parsed);
    }

    @Property
    void hostileInputIsAValidNameOrInvalidInput(@ForAll("hostile") String raw) {
        Username parsed = parsedOrRejected(() -> Username.parse(raw));
        if (parsed != null) {
            assertThat(parsed.value()).matches("[a-z0-9][a-z0-9._-]{2,31}");
        }
    }

    @Property
    void namesWithLookAlikesAreRejected(@ForAll("withLookAlike") String raw) {
        assertThat(parsedOrRejected(() -> Username.parse(raw))).isNull();
    }

    @Provide
    Arbitrary<String> validNames() {
        Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z').range('0', '9');
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars('.', '_', '-').ofMinLength(2).ofMaxLength(31);
        return Combinators.combine(first, rest, Arbitraries.of("", " ", "  "))
                .as((f, r, pad) -> pad + f + r + pad);
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(HostileText.strings(), validNames().flatMap(HostileText::spoiling));
    }

    @Provide
    Arbitrary<String> withLookAlike() {
        Arbitrary<String> lookAlike = Arbitraries.of(HostileText.CYRILLIC_A, HostileText.FULLWIDTH_A,
                HostileText.KELVIN_SIGN, HostileText.DOTTED_CAPITAL_I);
        return Combinators.combine(validNames(), lookAlike, Arbitraries.integers().between(0, 40))
                .as((name, alike, at) -> {
                    String stripped = name.strip();
                    int i = Math.min(at, stripped.length());
                    return stripped.substring(0, i) + alike + stripped.substring(i);
                });
    }

    private static void assertRejected(String raw, String message) {
        assertInvalid(() -> Username.parse(raw), "username", message);
    }
}
