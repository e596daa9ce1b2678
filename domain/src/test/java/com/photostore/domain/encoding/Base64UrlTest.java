package com.photostore.domain.encoding;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.testing.Gens;
import com.photostore.domain.testing.HostileText;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class Base64UrlTest {

    @Test
    void bytesRoundTrip() {
        qt().withExamples(EXAMPLES).forAll(Gens.anyBytes()).checkAssert(bytes -> {
            String text = Base64Url.encode(bytes);
            assertThat(text).matches("[A-Za-z0-9_-]*");
            assertThat(Base64Url.decodeOrNull(text)).isEqualTo(bytes);
            assertThat(Base64Url.isEncodingOf(text, bytes.length)).isTrue();
            assertThat(Base64Url.isEncodingOf(text, bytes.length + 1)).isFalse();
        });
    }

    @Test
    void knownValues() {
        assertThat(Base64Url.encode(new byte[] {(byte) 0xFB, (byte) 0xFF})).isEqualTo("-_8");
        assertThat(Base64Url.decodeOrNull("-_8")).containsExactly((byte) 0xFB, (byte) 0xFF);
        assertThat(Base64Url.encode(new byte[0])).isEmpty();
    }

    @Test
    void paddingStandardAlphabetAndNonCanonicalTextAreRefused() {
        assertThat(Base64Url.decodeOrNull("-_8=")).isNull();
        assertThat(Base64Url.decodeOrNull("+/8")).isNull();
        assertThat(Base64Url.decodeOrNull("A")).isNull();
        assertThat(Base64Url.decodeOrNull("AB C")).isNull();
        assertThat(Base64Url.decodeOrNull("\uFF21\uFF22")).isNull();
        assertThat(Base64Url.decodeOrNull(null)).isNull();
        assertThat(Base64Url.decodeOrNull("-_9")).as("non-zero padding bits still decode").isNotNull();
        assertThat(Base64Url.isEncodingOf("-_9", 2)).as("but are not canonical").isFalse();
    }

    @Test
    void hostileTextNeverThrows() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(text -> {
            byte[] bytes = answered(() -> Base64Url.decodeOrNull(text));
            if (bytes != null) {
                assertThat(text).matches("[A-Za-z0-9_-]*");
            }
        });
    }

    private static Gen<String> hostile() {
        return Generate.oneOf(HostileText.strings(), Gens.strings(Gens.chars("AZaz09-_+/=\u0430"), 0, 30));
    }
}
