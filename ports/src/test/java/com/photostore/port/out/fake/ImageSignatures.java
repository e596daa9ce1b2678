package com.photostore.port.out.fake;

import com.photostore.domain.photo.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The magic bytes that open JPEG, PNG, WebP and GIF files, and minimal files that start with them. */
public final class ImageSignatures {
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final int WEBP_TAG_OFFSET = 8;

    private ImageSignatures() {
    }

    /** The type whose signature the bytes start with. */
    public static Optional<ContentType> sniff(byte[] head) {
        if (startsWith(head, 0, JPEG)) {
            return Optional.of(ContentType.JPEG);
        }
        if (startsWith(head, 0, PNG)) {
            return Optional.of(ContentType.PNG);
        }
        if (startsWith(head, 0, GIF87) || startsWith(head, 0, GIF89)) {
            return Optional.of(ContentType.GIF);
        }
        if (startsWith(head, 0, RIFF) && startsWith(head, WEBP_TAG_OFFSET, WEBP)) {
            return Optional.of(ContentType.WEBP);
        }
        return Optional.empty();
    }

    /** The signature of a type followed by {@code body}: enough for a sniffer, not a decodable image. */
    public static byte[] fileOf(ContentType type, byte[] body) {
        byte[] head = switch (type) {
            case JPEG -> JPEG;
            case PNG -> PNG;
            case GIF -> GIF89;
            case WEBP -> concat(RIFF, new byte[] {0, 0, 0, 0}, WEBP);
        };
        return concat(head, body);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
