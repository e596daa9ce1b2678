package com.photostore.application.service;

import com.photostore.domain.encoding.Base64Url;
import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.query.PhotoQuery;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.SigningKey;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Wraps a catalogue's continuation token into an opaque listing cursor, {@code kid.token.mac} in base64url,
 * whose HMAC-SHA256 binds it to its owner and query, and opens only cursors it issued for that owner and query.
 */
final class CursorCodec {
    static final String FIELD = "cursor";
    static final String INVALID = "is not a cursor issued for this listing";
    private static final String ALGORITHM = "HmacSHA256";
    private static final String DOMAIN = "photostore-cursor-v1";

    private final Secrets secrets;

    CursorCodec(Secrets secrets) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /** A cursor for continuing the owner's query after the catalogue's token, signed with the current key. */
    String seal(UserId owner, PhotoQuery query, String continuation) {
        SigningKey key = secrets.keyRing(SecretName.CURSOR_KEYS).current();
        byte[] token = continuation.getBytes(StandardCharsets.UTF_8);
        return Base64Url.encode(key.id().getBytes(StandardCharsets.US_ASCII)) + "." + Base64Url.encode(token)
                + "." + Base64Url.encode(mac(key, owner, query, token));
    }

    /** The catalogue's token inside a cursor issued for this owner and query; anything else is invalid input. */
    String open(UserId owner, PhotoQuery query, String cursor) {
        String[] parts = cursor == null ? new String[0] : cursor.split("\\.", -1);
        if (parts.length != 3) {
            throw invalid();
        }
        byte[] kid = canonicalDecode(parts[0]);
        byte[] token = canonicalDecode(parts[1]);
        byte[] presented = canonicalDecode(parts[2]);
        SigningKey key = secrets.keyRing(SecretName.CURSOR_KEYS)
                .find(new String(kid, StandardCharsets.US_ASCII))
                .orElseThrow(CursorCodec::invalid);
        if (!MessageDigest.isEqual(mac(key, owner, query, token), presented)) {
            throw invalid();
        }
        return new String(token, StandardCharsets.UTF_8);
    }

    private static byte[] mac(SigningKey key, UserId owner, PhotoQuery query, byte[] token) {
        String header = DOMAIN + "\n" + key.id() + "\n" + owner.value() + "\n"
                + Sha256.ofUtf8(query.fingerprint()).hex() + "\n";
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.secret(), ALGORITHM));
            mac.update(header.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
        }
    }

    /** Decodes base64url that is written exactly as this codec writes it, so that no two texts open alike. */
    private static byte[] canonicalDecode(String text) {
        byte[] bytes = Base64Url.decodeOrNull(text);
        if (bytes == null || !Base64Url.encode(bytes).equals(text)) {
            throw invalid();
        }
        return bytes;
    }

    private static InvalidInputException invalid() {
        return InvalidInputException.of(FIELD, INVALID);
    }
}
