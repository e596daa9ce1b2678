package com.photostore.adapters.common.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.session.AccessClaims;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.IssuedToken;
import com.photostore.port.out.KeyRing;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.SigningKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JjwtTokenCodecTest {
    private static final String ISSUER = "https://photostore.test";
    private static final String AUDIENCE = "photostore-api";
    private static final Instant ISSUED_AT = Instant.parse("2026-11-26T06:00:00Z");
    private static final Instant EXPIRES_AT = ISSUED_AT.plus(Duration.ofMinutes(15));
    private static final Instant NOW = ISSUED_AT.plusSeconds(60);
    private static final UserId USER = new UserId(UUID.fromString("0b7f5c7e-1d2a-4c3b-9e8f-6a5b4c3d2e1f"));
    private static final SessionId SESSION = SessionId.fromBytes(filled(SessionId.BYTES, 7));
    private static final AccessClaims CLAIMS = new AccessClaims(USER, SESSION, ISSUED_AT, EXPIRES_AT);

    private final SigningKey current = new SigningKey("k2", filled(32, 2));
    private final SigningKey previous = new SigningKey("k1", filled(32, 1));
    private final AtomicReference<KeyRing> ring = new AtomicReference<>(new KeyRing(current, List.of(previous)));
    private final Secrets secrets = name -> {
        assertThat(name).isEqualTo(SecretName.ACCESS_TOKEN_KEYS);
        return ring.get();
    };
    private final JjwtTokenCodec codec = new JjwtTokenCodec(secrets, ISSUER, AUDIENCE);

    @Test
    void verifiesWhatItIssues() {
        IssuedToken issued = codec.issue(CLAIMS);

        assertThat(issued.expiresAt()).isEqualTo(EXPIRES_AT);
        assertThat(codec.verify(issued.token(), NOW)).contains(CLAIMS);
    }

    @Test
    void signsWithTheCurrentKeyAndNamesItInTheHeader() {
        String token = codec.issue(CLAIMS).token();

        assertThat(HandMadeJws.decodedPart(token, 0)).contains("\"alg\":\"HS256\"").contains("\"kid\":\"k2\"");
        assertThat(HandMadeJws.decodedPart(token, 1))
                .contains("\"iss\":\"" + ISSUER + "\"", "\"sub\":\"" + USER + "\"", "\"sid\":\"" + SESSION.value() + "\"",
                        "\"typ\":\"access\"", "\"iat\":" + ISSUED_AT.getEpochSecond(), "\"exp\":" + EXPIRES_AT.getEpochSecond())
                .containsPattern("\"aud\":(\\[\")?" + AUDIENCE);
    }

    @Test
    void keepsAcceptingTokensOfAPreviousKeyAfterRotation() {
        String token = codec.issue(CLAIMS).token();
        SigningKey next = new SigningKey("k3", filled(32, 3));
        ring.set(new KeyRing(next, List.of(current)));

        assertThat(codec.verify(token, NOW)).contains(CLAIMS);
        assertThat(HandMadeJws.decodedPart(codec.issue(CLAIMS).token(), 0)).contains("\"kid\":\"k3\"");
    }

    @Test
    void acceptsAHandMadeTokenOfTheRightShape() {
        assertThat(codec.verify(hs256(header("k1"), payload()), NOW)).contains(CLAIMS);
    }

    @Test
    void rejectsAnUnsecuredToken() {
        assertThat(codec.verify(HandMadeJws.unsigned("{\"alg\":\"none\",\"kid\":\"k1\"}", payload()), NOW)).isEmpty();
    }

    @Test
    void rejectsAnUnknownKeyId() {
        String token = codec.issue(CLAIMS).token();
        ring.set(new KeyRing(new SigningKey("k3", filled(32, 3)), List.of()));

        assertThat(codec.verify(token, NOW)).isEmpty();
    }

    @Test
    void rejectsATokenWithoutKeyId() {
        assertThat(codec.verify(hs256("{\"alg\":\"HS256\"}", payload()), NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"jku\":\"https://attacker.example/jwks.json\"",
        "\"jwk\":{\"kty\":\"oct\",\"k\":\"AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE\"}",
        "\"x5u\":\"https://attacker.example/cert.pem\""
    })
    void rejectsHeadersThatPointToOtherKeys(String keySource) {
        String header = "{\"alg\":\"HS256\",\"kid\":\"k1\"," + keySource + "}";

        assertThat(codec.verify(hs256(header, payload()), NOW)).isEmpty();
    }

    @Test
    void rejectsATokenWithoutExpiry() {
        String payload = payload().replace(",\"exp\":" + EXPIRES_AT.getEpochSecond(), "");

        assertThat(codec.verify(hs256(header("k1"), payload), NOW)).isEmpty();
    }

    @Test
    void rejectsAnotherAudience() {
        String token = new JjwtTokenCodec(secrets, ISSUER, "another-api").issue(CLAIMS).token();

        assertThat(codec.verify(token, NOW)).isEmpty();
    }

    @Test
    void rejectsAnotherIssuer() {
        String token = new JjwtTokenCodec(secrets, "https://elsewhere.test", AUDIENCE).issue(CLAIMS).token();

        assertThat(codec.verify(token, NOW)).isEmpty();
    }

    @Test
    void rejectsATokenOfAnotherType() {
        String payload = payload().replace("\"typ\":\"access\"", "\"typ\":\"refresh\"");

        assertThat(codec.verify(hs256(header("k1"), payload), NOW)).isEmpty();
    }

    @Test
    void rejectsATamperedPayload() {
        String[] parts = codec.issue(CLAIMS).token().split("\\.");
        String otherUser = HandMadeJws.decodedPart(String.join(".", parts), 1)
                .replace(USER.toString(), "11111111-2222-4333-8444-555555555555");
        String token = parts[0] + "." + HandMadeJws.encode(otherUser) + "." + parts[2];

        assertThat(codec.verify(token, NOW)).isEmpty();
    }

    @Test
    void rejectsATamperedSignature() {
        String token = codec.issue(CLAIMS).token();
        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertThat(codec.verify(tampered, NOW)).isEmpty();
    }

    @Test
    void rejectsATokenAtAndAfterItsExpiry() {
        String token = codec.issue(CLAIMS).token();

        assertThat(codec.verify(token, EXPIRES_AT.minusSeconds(1))).contains(CLAIMS);
        assertThat(codec.verify(token, EXPIRES_AT)).isEmpty();
        assertThat(codec.verify(token, EXPIRES_AT.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void rejectsHs512EvenWithTheRightKey() {
        String header = "{\"alg\":\"HS512\",\"kid\":\"k1\"}";

        assertThat(codec.verify(HandMadeJws.signed(header, payload(), "HmacSHA512", previous.secret()), NOW)).isEmpty();
    }

    @Test
    void rejectsATokenSignedWithAnotherKeyUnderAKnownId() {
        String token = HandMadeJws.signed(header("k1"), payload(), "HmacSHA256", filled(32, 9));

        assertThat(codec.verify(token, NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "a.b.c", "..", "...", "e30.e30.", "eyJhbGciOiJIUzI1NiJ9", "\u00e9.\u00e9.\u00e9"})
    void rejectsGarbage(String token) {
        assertThat(codec.verify(token, NOW)).isEmpty();
    }

    @Test
    void rejectsNullEmptyAndOversizedTokens() {
        assertThat(codec.verify(null, NOW)).isEmpty();
        assertThat(codec.verify("", NOW)).isEmpty();
        assertThat(codec.verify("a".repeat(100_000), NOW)).isEmpty();
    }

    @Test
    void reportsUnavailableKeysRatherThanCallingTheTokenInvalid() {
        String token = codec.issue(CLAIMS).token();
        Secrets down = name -> {
            throw new UnavailableException("secrets store did not answer", null);
        };

        assertThatThrownBy(() -> new JjwtTokenCodec(down, ISSUER, AUDIENCE).verify(token, NOW))
                .isInstanceOf(UnavailableException.class);
    }

    @Test
    void refusesABlankIssuerOrAudience() {
        assertThatThrownBy(() -> new JjwtTokenCodec(secrets, " ", AUDIENCE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JjwtTokenCodec(secrets, ISSUER, "")).isInstanceOf(IllegalArgumentException.class);
    }

    private String hs256(String header, String payload) {
        return HandMadeJws.signed(header, payload, "HmacSHA256", previous.secret());
    }

    private static String header(String kid) {
        return "{\"alg\":\"HS256\",\"kid\":\"" + kid + "\"}";
    }

    private static String payload() {
        return "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + USER + "\",\"sid\":\""
                + SESSION.value() + "\",\"typ\":\"access\",\"iat\":" + ISSUED_AT.getEpochSecond()
                + ",\"exp\":" + EXPIRES_AT.getEpochSecond() + "}";
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
