package com.photostore.port.out.fake;

import com.photostore.domain.encoding.Base64Url;
import com.photostore.domain.session.AccessClaims;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.IssuedToken;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.SigningKey;
import com.photostore.port.out.TokenCodec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

/**
 * Tokens {@code <kid>.<claims>.<signature>} (base64url), signed with HMAC-SHA256 by the current access-token
 * key of a {@link Secrets}; any key of the ring verifies, so rotation works.
 */
public final class FakeTokenCodec implements TokenCodec {
    private static final String SEPARATOR = "|";

    private final Secrets secrets;

    public FakeTokenCodec(Secrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public IssuedToken issue(AccessClaims claims) {
        SigningKey key = secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS).current();
        String claimsText = String.join(SEPARATOR, claims.userId().toString(), claims.sessionId().value(),
                Long.toString(claims.issuedAt().getEpochSecond()), Long.toString(claims.expiresAt().getEpochSecond()));
        String signed = encode(key.id()) + "." + encode(claimsText);
        return new IssuedToken(signed + "." + Base64Url.encode(FormSignature.hmac(key.secret(), bytes(signed))),
                Instant.ofEpochSecond(claims.expiresAt().getEpochSecond()));
    }

    @Override
    public Optional<AccessClaims> verify(String token, Instant now) {
        if (token == null || token.length() > 1000) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        byte[] kid = Base64Url.decodeOrNull(parts[0]);
        byte[] signature = Base64Url.decodeOrNull(parts[2]);
        if (kid == null || signature == null) {
            return Optional.empty();
        }
        Optional<SigningKey> key = secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS)
                .find(new String(kid, StandardCharsets.UTF_8));
        String signed = parts[0] + "." + parts[1];
        if (key.isEmpty() || !MessageDigest.isEqual(signature, FormSignature.hmac(key.get().secret(), bytes(signed)))) {
            return Optional.empty();
        }
        return claims(parts[1]).filter(c -> now.isBefore(c.expiresAt()));
    }

    private static Optional<AccessClaims> claims(String encoded) {
        byte[] decoded = Base64Url.decodeOrNull(encoded);
        String[] fields = decoded == null ? new String[0] : new String(decoded, StandardCharsets.UTF_8).split("\\|", -1);
        if (fields.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AccessClaims(UserId.parse(fields[0]), new SessionId(fields[1]),
                    Instant.ofEpochSecond(Long.parseLong(fields[2])), Instant.ofEpochSecond(Long.parseLong(fields[3]))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String encode(String text) {
        return Base64Url.encode(bytes(text));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
