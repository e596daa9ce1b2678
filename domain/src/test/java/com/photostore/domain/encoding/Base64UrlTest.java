package com.photostore.domain.encoding;

import static com.photostore.domain.testing.Parsing.answered;
import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.testing.HostileText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Base64UrlTest {

    @Property
    void bytesRoundTrip(@ForAll byte[] bytes) {
        String text = Base64Url.encode(bytes);
        assertThat(text).matches("[A-Za-z0-9_-]*");
        assertThat(Base64Url.decodeOrNull(text)).isEqualTo(bytes);
        assertThat(Base64Url.isEncodingOf(text, bytes.length)).isTrue();
        assertThat(Base64Url.isEncodingOf(text, bytes.length + 1)).isFalse();
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

    @Property
    void hostileTextNeverThrows(@ForAll("hostile") String text) {
        byte[] bytes = answered(() -> Base64Url.decodeOrNull(text));
        if (bytes != null) {
            assertThat(text).matches("[A-Za-z0-9_-]*");
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(HostileText.strings(), Arbitraries.strings().withChars("AZaz09-_+/=\u0430").ofMaxLength(30));
    }
}
