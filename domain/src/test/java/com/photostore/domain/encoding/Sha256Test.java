package com.photostore.domain.encoding;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.parsedOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.testing.Gens;
import com.photostore.domain.testing.HostileText;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class Sha256Test {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void knownDigests() {
        assertThat(Sha256.ofUtf8("abc").hex()).isEqualTo(ABC);
        assertThat(Sha256.of(new byte[0]).hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Sha256.ofUtf8("abc")).hasToString(ABC);
    }

    @Test
    void clientDigestsAreReadInEitherCase() {
        assertThat(Sha256.parse("sha256", ABC.toUpperCase(Locale.ROOT))).isEqualTo(new Sha256(ABC));
        assertThatThrownBy(() -> new Sha256(ABC.toUpperCase(Locale.ROOT))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anythingElseIsInvalidInputOnTheField() {
        for (String bad : new String[] {null, "", ABC.substring(1), ABC + "0", "g" + ABC.substring(1),
                "\uFF10" + ABC.substring(1), "\u0660" + ABC.substring(1)}) {
            assertThatThrownBy(() -> Sha256.parse("sha256", bad)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("sha256")));
        }
    }

    @Test
    void hostileTextIsADigestOrInvalidInput() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(text -> {
            Sha256 digest = parsedOrRejected(() -> Sha256.parse("sha256", text));
            if (digest != null) {
                assertThat(digest.hex()).matches("[0-9a-f]{64}").isEqualTo(text.toLowerCase(Locale.ROOT));
            }
        });
    }

    private static Gen<String> hostile() {
        return Generate.oneOf(HostileText.strings(), HostileText.spoiling(ABC),
                Gens.strings(Gens.chars("0123456789abcdefABCDEF\uFF10\uFF41\u0660g"), 64, 64));
    }
}
