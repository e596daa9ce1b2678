package com.photostore.domain.encoding;

import java.util.Base64;

/** Unpadded base64url, the encoding of every random token and identifier that travels in URLs. */
public final class Base64Url {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** Decodes, or returns {@code null} when the text is not unpadded base64url. */
    public static byte[] decodeOrNull(String text) {
        if (text == null || text.indexOf('=') >= 0) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return null;
            }
        }
        try {
            return DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the text is the canonical unpadded base64url encoding of exactly {@code length} bytes. */
    public static boolean isEncodingOf(String text, int length) {
        byte[] bytes = decodeOrNull(text);
        return bytes != null && bytes.length == length && encode(bytes).equals(text);
    }
}
