package com.photostore.domain.session;

import static com.photostore.domain.testing.Parsing.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.domain.encoding.Base64Url;
import com.photostore.domain.testing.HostileText;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SessionIdTest {

    @Property
    void bytesRoundTripThroughText(@ForAll @Size(16) byte[] random) {
        SessionId id = SessionId.fromBytes(random);
        assertThat(id.value()).hasSize(22).matches("[A-Za-z0-9_-]+");
        assertThat(Base64Url.decodeOrNull(id.value())).isEqualTo(random);
        assertThat(SessionId.tryParse(id.value())).contains(id);
        assertThat(id).hasToString(id.value());
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

    @Property
    void hostileTextIsAnIdOrEmptyNeverAnException(@ForAll("hostile") String text) {
        Optional<SessionId> parsed = answered(() -> SessionId.tryParse(text));
        parsed.ifPresent(id -> assertThat(id.value()).isEqualTo(text));
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(HostileText.strings(), HostileText.spoiling("AAAAAAAAAAAAAAAAAAAAAA"),
                Arbitraries.strings().withChars("AQgw_-+/=a\u0430").ofLength(22));
    }
}
