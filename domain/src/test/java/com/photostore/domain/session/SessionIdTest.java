package com.photostore.domain.session;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.encoding.Base64Url;
import com.photostore.domain.testing.Gens;
import com.photostore.domain.testing.HostileText;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SessionIdTest {

    @Test
    void bytesRoundTripThroughText() {
        qt().withExamples(EXAMPLES).forAll(Gens.bytes(16)).checkAssert(random -> {
            SessionId id = SessionId.fromBytes(random);
            assertThat(id.value()).hasSize(22).matches("[A-Za-z0-9_-]+");
            assertThat(Base64Url.decodeOrNull(id.value())).isEqualTo(random);
            assertThat(SessionId.tryParse(id.value())).contains(id);
            assertThat(id).hasToString(id.value());
        });
    }

    @Test
    void onlySixteenBytesMakeAnId() {
        assertThatThrownBy(() -> SessionId.fromBytes(new byte[15])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SessionId.fromBytes(new byte[17])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionId("AAAA")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonCanonicalEncodingsAreNotIds() {
        String canonical = SessionId.fromBytes(new byte[16]).value();
        assertThat(canonical).isEqualTo("AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(SessionId.tryParse("AAAAAAAAAAAAAAAAAAAAAB")).isEmpty();
        assertThat(SessionId.tryParse(canonical + "==")).isEmpty();
        assertThat(SessionId.tryParse("AAAAAAAAAAAAAAAAAAAAA+")).isEmpty();
        assertThat(SessionId.tryParse(null)).isEmpty();
    }

    @Test
    void hostileTextIsAnIdOrEmptyNeverAnException() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(text -> {
            Optional<SessionId> parsed = answered(() -> SessionId.tryParse(text));
            parsed.ifPresent(id -> assertThat(id.value()).isEqualTo(text));
        });
    }

    private static Gen<String> hostile() {
        return Generate.oneOf(HostileText.strings(), HostileText.spoiling("AAAAAAAAAAAAAAAAAAAAAA"),
                Gens.strings(Gens.chars("AQgw_-+/=a\u0430"), 22, 22));
    }
}
