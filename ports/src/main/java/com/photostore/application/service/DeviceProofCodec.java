package com.photostore.application.service;

import com.photostore.domain.encoding.Base64Url;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.SigningKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The proof that a browser logged in to an account before ({@code kid.payload.mac} in base64url): the user, a
 * random device id and an expiry, bound by an HMAC-SHA256 under the access-token key ring in a domain of its own, so
 * it can never pass for an access token, nor an access token for it.
 */
final class DeviceProofCodec {
    static final Duration LIFETIME = Duration.ofDays(90);
    private static final String ALGORITHM = "HmacSHA256";
    private static final String DOMAIN = "photostore-device-v1";
    private static final int MAX_LENGTH = 512;

    private final Secrets secrets;

    DeviceProofCodec(Secrets secrets) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /** A proof for this user and device, valid {@link #LIFETIME} from now. */
    String issue(UserId user, String deviceId, Instant now) {
        SigningKey key = secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS).current();
        byte[] payload = (user.value() + "|" + deviceId + "|" + now.plus(LIFETIME).getEpochSecond())
                .getBytes(StandardCharsets.UTF_8);
        return Base64Url.encode(key.id().getBytes(StandardCharsets.US_ASCII)) + "." + Base64Url.encode(payload)
                + "." + Base64Url.encode(mac(key, payload));
    }

    /** The device id of a genuine, unexpired proof issued for this user; empty for anything else. */
    Optional<String> deviceOf(String proof, UserId user, Instant now) {
        if (proof == null || proof.isEmpty() || proof.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = proof.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        byte[] kid = Base64Url.decodeOrNull(parts[0]);
        byte[] payload = Base64Url.decodeOrNull(parts[1]);
        byte[] presented = Base64Url.decodeOrNull(parts[2]);
        if (kid == null || payload == null || presented == null) {
            return Optional.empty();
        }
        Optional<SigningKey> key = secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS)
                .find(new String(kid, StandardCharsets.US_ASCII));
        if (key.isEmpty() || !MessageDigest.isEqual(mac(key.get(), payload), presented)) {
            return Optional.empty();
        }
        String[] fields = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
        if (fields.length != 3 || !fields[0].equals(user.value().toString()) || fields[1].isEmpty()) {
            return Optional.empty();
        }
        long expires;
        try {
            expires = Long.parseLong(fields[2]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return now.getEpochSecond() < expires ? Optional.of(fields[1]) : Optional.empty();
    }

    private static byte[] mac(SigningKey key, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.secret(), ALGORITHM));
            mac.update((DOMAIN + "\n" + key.id() + "\n").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
        }
    }
}
