package com.photostore.adapters.common.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.domain.user.Password;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ZxcvbnPasswordStrengthTest {
    private static final ZxcvbnPasswordStrength STRENGTH = new ZxcvbnPasswordStrength();

    @Test
    void acceptsAPassphraseOfUncommonWords() {
        assertThat(STRENGTH.weakness(Password.parse("velvet tangerine harbour quiz"), List.of("alice"))).isEmpty();
    }

    @Test
    void explainsWhyACommonPasswordIsWeak() {
        assertThat(STRENGTH.weakness(Password.parse("password1234"), List.of()))
                .hasValue("This is a very common password. Add another word or two. Uncommon words are better.");
    }

    @Test
    void countsTheContextWordsAsEasyToGuess() {
        Password password = Password.parse("alicephotostore");

        assertThat(STRENGTH.weakness(password, List.of())).isEmpty();
        assertThat(STRENGTH.weakness(password, List.of("Alice", "PhotoStore"))).hasValueSatisfying(
                advice -> assertThat(advice).contains("Add another word").doesNotContain("alice", "photostore"));
    }

    @Test
    void givesEnglishAdviceWhateverTheDefaultLocale() {
        Locale original = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            assertThat(STRENGTH.weakness(Password.parse("qwertyuiop"), List.of()))
                    .hasValue("This is a top-100 common password. Add another word or two. Uncommon words are better.");
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void takesTheMinimumScoreFromItsConfiguration() {
        Password scoresThree = Password.parse("zebraphotoshop");

        assertThat(STRENGTH.weakness(scoresThree, List.of())).isEmpty();
        assertThat(new ZxcvbnPasswordStrength(4).weakness(scoresThree, List.of())).isPresent();
        assertThat(new ZxcvbnPasswordStrength(0).weakness(Password.parse("password1234"), List.of())).isEmpty();
        assertThatThrownBy(() -> new ZxcvbnPasswordStrength(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ignoresBlankContextWordsAndCopesWithLongOnes() {
        String longWord = "q".repeat(10_000);

        assertThat(STRENGTH.weakness(Password.parse("velvet tangerine harbour quiz"), Arrays.asList("", null, longWord)))
                .isEmpty();
        assertThat(STRENGTH.weakness(Password.parse("q".repeat(Password.MAX_LENGTH)), List.of(longWord))).isPresent();
    }

    @Test
    void truncatesTo128CharactersWithoutSplittingASurrogatePair() {
        String key = "\uD83D\uDD11";

        assertThat(ZxcvbnPasswordStrength.truncated("a".repeat(300))).hasSize(128);
        assertThat(ZxcvbnPasswordStrength.truncated("a".repeat(127) + key)).isEqualTo("a".repeat(127));
        assertThat(ZxcvbnPasswordStrength.truncated("a".repeat(126) + key + "b")).isEqualTo("a".repeat(126) + key);
        assertThat(ZxcvbnPasswordStrength.truncated("short")).isEqualTo("short");
    }
}
