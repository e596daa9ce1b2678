package com.photostore.adapters.local.minio;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes a query value as Signature Version 4 canonicalises it (RFC 3986: everything but
 * {@code A-Z a-z 0-9 - _ . ~}), so that the signed URL and the server's canonical request agree; general URL
 * builders leave characters such as {@code *} and {@code '} as they are.
 */
final class QueryEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private QueryEncoding() {
    }

    static String strict(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
