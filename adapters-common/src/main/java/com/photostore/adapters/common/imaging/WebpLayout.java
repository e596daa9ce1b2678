package com.photostore.adapters.common.imaging;

import java.nio.charset.StandardCharsets;

/** Reads a WebP's RIFF chunks, without decoding anything: whether any of its pixels are coded losslessly. */
final class WebpLayout {
    private static final int FIRST_CHUNK = 12;
    private static final int EXTENDED_FLAGS = 20;
    private static final int ALPHA = 0x10;
    private static final int ANIMATION = 0x02;

    private WebpLayout() {
    }

    /** Whether the image, its alpha plane or an animation frame is lossless (or the layout cannot be told). */
    static boolean decodesLosslessly(byte[] webp) {
        String first = fourCc(webp, FIRST_CHUNK);
        if ("VP8 ".equals(first)) {
            return false;
        }
        if (!"VP8X".equals(first)) {
            return true;
        }
        if (webp.length <= EXTENDED_FLAGS || (webp[EXTENDED_FLAGS] & (ALPHA | ANIMATION)) != 0) {
            return true;
        }
        int i = FIRST_CHUNK;
        while (i + 8 <= webp.length) {
            String type = fourCc(webp, i);
            if ("VP8L".equals(type) || "ALPH".equals(type) || "ANMF".equals(type)) {
                return true;
            }
            if ("VP8 ".equals(type)) {
                return false;
            }
            long size = (webp[i + 4] & 0xFFL) | (webp[i + 5] & 0xFFL) << 8 | (webp[i + 6] & 0xFFL) << 16
                    | (webp[i + 7] & 0xFFL) << 24;
            long next = i + 8L + size + (size & 1);
            if (next > webp.length) {
                return true;
            }
            i = (int) next;
        }
        return true;
    }

    private static String fourCc(byte[] data, int offset) {
        return data.length < offset + 4 ? "" : new String(data, offset, 4, StandardCharsets.US_ASCII);
    }
}
