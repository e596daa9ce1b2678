package com.photostore.domain.photo;

import com.photostore.domain.text.TextRules;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * The name a file had on the user's machine, made safe to show and to send back in
 * {@code Content-Disposition}: folders dropped, control and bidirectional characters removed,
 * NFC-normalised, at most 255 characters; a name with nothing left becomes {@code photo}.
 */
public record FileName(String value) {
    public static final int MAX_LENGTH = 255;
    public static final int MAX_INPUT_LENGTH = 4096;
    private static final String FALLBACK = "photo";

    public FileName {
        Objects.requireNonNull(value, "value");
        if (!value.equals(sanitise(value))) {
            throw new IllegalArgumentException("a file name is stored sanitised");
        }
    }

    /** Sanitises any string into a file name; never fails. */
    public static FileName sanitised(String raw) {
        return new FileName(sanitise(raw == null ? "" : raw));
    }

    private static String sanitise(String raw) {
        String s = raw.length() > MAX_INPUT_LENGTH ? raw.substring(0, MAX_INPUT_LENGTH) : raw;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int count = Character.charCount(cp);
            boolean lone = count == 1 && Character.isSurrogate(s.charAt(i));
            if (!lone && !TextRules.isForbidden(cp) && Character.getType(cp) != Character.FORMAT) {
                out.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
            }
            i += count;
        }
        String cleaned = TextRules.nfc(out.toString()).strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1).strip();
        }
        if (TextRules.length(cleaned) > MAX_LENGTH) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        return cleaned.isEmpty() ? FALLBACK : cleaned;
    }

    /** The key names sort by: lower case, compared by code point. */
    public String sortKey() {
        return value.toLowerCase(Locale.ROOT);
    }

    /**
     * A {@code Content-Disposition} header value (RFC 6266): an ASCII fallback name and the exact name
     * percent-encoded as UTF-8.
     */
    public String contentDisposition(boolean inline) {
        StringBuilder ascii = new StringBuilder();
        for (char c : value.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncode(value);
    }

    private static String percentEncode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
