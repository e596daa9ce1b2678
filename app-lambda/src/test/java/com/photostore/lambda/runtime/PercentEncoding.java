package com.photostore.lambda.runtime;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Decoding of percent-encoded URL parts, as API Gateway decodes path and query parameters; {@code +} stays {@code +}. */
final class PercentEncoding {

    private PercentEncoding() {
    }

    /** The decoded text, or the text itself when it is not well-formed percent-encoding. */
    static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
