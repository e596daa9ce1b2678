package com.photostore.adapters.aws.s3;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The Signature Version 4 signature of a base64 POST policy: hex HMAC-SHA256 under the key derived for a day, region and S3. */
final class PolicySignature {
    private static final String HMAC = "HmacSHA256";

    private PolicySignature() {
    }

    /** Signs the base64 policy with a secret key for a date ({@code yyyyMMdd}) and region. */
    static String sign(String base64Policy, String secretKey, String date, String region) {
        return HexFormat.of().formatHex(hmac(signingKey(secretKey, date, region), base64Policy));
    }

    /** The key {@code AWS4}+secret → date → region → {@code s3} → {@code aws4_request}. */
    static byte[] signingKey(String secretKey, String date, String region) {
        byte[] dateKey = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] regionKey = hmac(dateKey, region);
        byte[] serviceKey = hmac(regionKey, "s3");
        return hmac(serviceKey, "aws4_request");
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
