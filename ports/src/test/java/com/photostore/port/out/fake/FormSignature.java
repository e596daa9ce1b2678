package com.photostore.port.out.fake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 signatures and MD5 ETags of the in-memory fakes. */
final class FormSignature {
    private FormSignature() {
    }

    /** The HMAC-SHA256 of UTF-8 text under a key, in lower-case hex. */
    static String hmacHex(byte[] key, String text) {
        return HexFormat.of().formatHex(hmac(key, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The HMAC-SHA256 of bytes under a key. */
    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    /** The MD5 of the bytes in lower-case hex, as S3 reports the ETag of a single-part object. */
    static String md5Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    /** Whether two texts are equal, in time independent of where they differ. */
    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
