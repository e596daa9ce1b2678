package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.session.AccessClaims;
import com.photostore.port.out.IssuedToken;
import com.photostore.port.out.TokenCodec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link TokenCodec} does: tokens verify to the claims they were issued for until they expire,
 * any change to a token makes it worthless, and keys rotate without breaking tokens already issued.
 */
public abstract class TokenCodecContractTest {
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private TokenCodec codec;
    private AccessClaims claims;

    /** The codec under test, signing with the current key of a ring {@link #rotateKeys()} changes. */
    protected abstract TokenCodec codec();

    /** Makes a new signing key current, keeping the old ones for verification. */
    protected abstract void rotateKeys();

    /** Forgets every key but the current one. */
    protected abstract void forgetPreviousKeys();

    @BeforeEach
    void setUpCodec() {
        codec = codec();
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        claims = new AccessClaims(Fresh.userId(), Fresh.sessionId(), issuedAt, issuedAt.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aTokenVerifiesToItsClaims() {
        IssuedToken issued = codec.issue(claims);

        assertThat(issued.expiresAt()).isEqualTo(claims.expiresAt());
        assertThat(codec.verify(issued.token(), claims.issuedAt().plusSeconds(1))).contains(claims);
        assertThat(codec.verify(issued.token(), claims.expiresAt().minusSeconds(1))).contains(claims);
    }

    @Test
    void anExpiredTokenIsRejected() {
        String token = codec.issue(claims).token();

        assertThat(codec.verify(token, claims.expiresAt())).isEmpty();
        assertThat(codec.verify(token, claims.expiresAt().plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void everyAlteredCharacterMakesATokenWorthless() {
        String token = codec.issue(claims).token();
        Instant now = claims.issuedAt().plusSeconds(1);

        for (String altered : alterations(token)) {
            assertThat(codec.verify(altered, now)).as("a token altered at one character").isEmpty();
        }
    }

    @Test
    void truncatedOrExtendedTokensAreRejected() {
        String token = codec.issue(claims).token();
        Instant now = claims.issuedAt().plusSeconds(1);

        assertThat(codec.verify(token.substring(0, token.length() - 1), now)).isEmpty();
        assertThat(codec.verify(token.substring(0, token.length() / 2), now)).isEmpty();
        assertThat(codec.verify(token + "A", now)).isEmpty();
        assertThat(codec.verify(token + "." + token, now)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "a.b.c", "...", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
        "eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo", "Bearer x", "null", "é😀"})
    void garbageIsRejected(String garbage) {
        assertThat(codec.verify(garbage, claims.issuedAt())).isEmpty();
    }

    @Test
    void aVeryLongTokenIsRejected() {
        assertThat(codec.verify("A".repeat(100_000), claims.issuedAt())).isEmpty();
    }

    @Test
    void tokensSignedWithAPreviousKeyVerifyUntilThatKeyIsForgotten() {
        String old = codec.issue(claims).token();
        Instant now = claims.issuedAt().plusSeconds(1);

        rotateKeys();
        String fresh = codec.issue(claims).token();

        assertThat(fresh).isNotEqualTo(old);
        assertThat(codec.verify(old, now)).contains(claims);
        assertThat(codec.verify(fresh, now)).contains(claims);
        forgetPreviousKeys();
        assertThat(codec.verify(old, now)).isEmpty();
        assertThat(codec.verify(fresh, now)).contains(claims);
    }

    private static List<String> alterations(String token) {
        TreeSet<Integer> positions = new TreeSet<>();
        for (int i = 0; i < token.length(); i += Math.max(1, token.length() / 40)) {
            positions.add(i);
        }
        positions.add(token.length() - 1);
        List<String> altered = new ArrayList<>();
        for (int i : positions) {
            int value = BASE64URL.indexOf(token.charAt(i));
            if (value >= 0) {
                char flipped = BASE64URL.charAt((value + 32) % 64);
                altered.add(token.substring(0, i) + flipped + token.substring(i + 1));
            }
        }
        return altered;
    }
}
