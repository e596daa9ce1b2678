package com.photostore.domain.session;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.testing.Gens;
import com.photostore.domain.testing.HostileText;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RefreshTokenTest {

    private static final SessionId SESSION = SessionId.fromBytes(new byte[16]);

    @Test
    void issuedTokensParseBackToTheSameSession() {
        qt().withExamples(EXAMPLES).forAll(Gens.bytes(16), Gens.bytes(32)).checkAssert((id, secret) -> {
            RefreshToken token = RefreshToken.issue(SessionId.fromBytes(id), secret);
            Optional<RefreshToken> parsed = RefreshToken.tryParse(token.reveal());
            assertThat(parsed).contains(token);
            assertThat(parsed.orElseThrow().sessionId()).isEqualTo(SessionId.fromBytes(id));
            assertThat(parsed.orElseThrow().hash()).isEqualTo(token.hash());
        });
    }

    @Test
    void theHashIsTheSha256OfTheWholeToken() {
        RefreshToken token = RefreshToken.issue(SESSION, filled(7));
        assertThat(token.reveal()).startsWith(SESSION.value() + ".");
        assertThat(token.hash().hex()).isEqualTo(Sha256.ofUtf8(token.reveal()).hex());
        assertThat(RefreshToken.issue(SESSION, filled(8)).hash()).isNotEqualTo(token.hash());
    }

    @Test
    void toStringNamesTheSessionButNeverTheSecret() {
        RefreshToken token = RefreshToken.issue(SESSION, filled(9));
        String secret = token.reveal().substring(token.reveal().indexOf('.') + 1);
        assertThat(token.toString()).contains(SESSION.value()).contains("redacted").doesNotContain(secret);
    }

    @Test
    void secretsAreThirtyTwoBytes() {
        assertThatThrownBy(() -> RefreshToken.issue(SESSION, new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedTokensAreNotTokens() {
        String good = RefreshToken.issue(SESSION, filled(1)).reveal();
        assertThat(RefreshToken.tryParse(good + ".x")).isEmpty();
        assertThat(RefreshToken.tryParse(good.replace(".", ""))).isEmpty();
        assertThat(RefreshToken.tryParse(good + "A")).isEmpty();
        assertThat(RefreshToken.tryParse("." + good)).isEmpty();
        assertThat(RefreshToken.tryParse(null)).isEmpty();
    }

    @Test
    void hostileTextIsATokenOrEmptyNeverAnException() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(text -> {
            Optional<RefreshToken> parsed = answered(() -> RefreshToken.tryParse(text));
            parsed.ifPresent(token -> assertThat(token.reveal()).isEqualTo(text));
        });
    }

    private static Gen<String> hostile() {
        return Generate.oneOf(HostileText.strings(),
                HostileText.spoiling(RefreshToken.issue(SESSION, filled(3)).reveal()));
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[RefreshToken.SECRET_BYTES];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
