package com.photostore.adapters.common.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Compact JWS strings assembled byte by byte, so tests can forge any header, payload or signature. */
final class HandMadeJws {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private HandMadeJws() {
    }

    /** A token whose signing input is MACed with the JCA algorithm and key given. */
    static String signed(String headerJson, String payloadJson, String jcaMac, byte[] key) {
        String signingInput = encode(headerJson) + "." + encode(payloadJson);
        try {
            Mac mac = Mac.getInstance(jcaMac);
            mac.init(new SecretKeySpec(key, jcaMac));
            return signingInput + "." + ENCODER.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsecured JWS: an empty signature part. */
    static String unsigned(String headerJson, String payloadJson) {
        return encode(headerJson) + "." + encode(payloadJson) + ".";
    }

    /** The part of a compact token at the index (0 header, 1 payload, 2 signature), decoded as text. */
    static String decodedPart(String token, int index) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.", -1)[index]), StandardCharsets.UTF_8);
    }

    static String encode(String json) {
        return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
