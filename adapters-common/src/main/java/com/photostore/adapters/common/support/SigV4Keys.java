package com.photostore.adapters.common.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Signature Version 4 signing key ({@code AWS4}+secret → day → region → service → {@code aws4_request}) and the
 * HMAC-SHA256 it signs with, each thread reusing its own {@link Mac}; every SigV4 signer of the project derives its
 * keys here.
 */
public final class SigV4Keys {
    private static final String HMAC_SHA256 = "HmacSHA256";
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance(HMAC_SHA256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    });

    private SigV4Keys() {
    }

    /** The key of a secret for a day ({@code yyyyMMdd}), region and service. */
    public static byte[] signingKey(String secretKey, String day, String region, String service) {
        byte[] dayKey = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day);
        return hmac(hmac(hmac(dayKey, region), service), "aws4_request");
    }

    /** HMAC-SHA256 of the UTF-8 text under the key. */
    public static byte[] hmac(byte[] key, String data) {
        Mac mac = HMAC.get();
        try {
            mac.init(new SecretKeySpec(key, HMAC_SHA256));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an HMAC key was refused", e);
        }
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }
}
