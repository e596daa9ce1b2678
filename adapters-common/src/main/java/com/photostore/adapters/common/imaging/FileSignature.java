package com.photostore.adapters.common.imaging;

import com.photostore.domain.photo.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Recognises image formats, accepted or not, from the leading bytes of a file. */
final class FileSignature {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP = ascii("WEBP");
    private static final byte[] FTYP = ascii("ftyp");
    private static final byte[] TIFF_LITTLE = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BIG = {'M', 'M', 0, 42};
    private static final int TEXT_PROBE = 512;

    private FileSignature() {
    }

    static Optional<ContentType> accepted(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        if (startsWith(head, 0, JPEG)) {
            return Optional.of(ContentType.JPEG);
        }
        if (startsWith(head, 0, PNG)) {
            return Optional.of(ContentType.PNG);
        }
        if (startsWith(head, 0, GIF87) || startsWith(head, 0, GIF89)) {
            return Optional.of(ContentType.GIF);
        }
        if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP)) {
            return Optional.of(ContentType.WEBP);
        }
        return Optional.empty();
    }

    /** Why a file that is not of an accepted type is refused, in words fit for the uploader. */
    static String refusal(byte[] file) {
        if (file.length == 0) {
            return "The file is empty.";
        }
        if (startsWith(file, 0, TIFF_LITTLE) || startsWith(file, 0, TIFF_BIG)) {
            return "TIFF images are not supported; upload a JPEG, PNG, WebP or GIF image.";
        }
        if (startsWith(file, 4, FTYP)) {
            String brand = new String(file, 8, Math.min(4, file.length - 8), StandardCharsets.US_ASCII);
            if (brand.startsWith("avi")) {
                return "AVIF is not supported yet; upload a JPEG, PNG, WebP or GIF image.";
            }
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.startsWith("mif")
                    || brand.startsWith("msf")) {
                return "HEIC/HEIF is not supported yet; upload a JPEG, PNG, WebP or GIF image.";
            }
        }
        String text = leadingText(file);
        if (text.contains("<svg")) {
            return "SVG drawings are not supported; upload a JPEG, PNG, WebP or GIF image.";
        }
        if (text.contains("<html") || text.contains("<!doctype html")) {
            return "The file is an HTML page, not an image.";
        }
        return "The file is not a JPEG, PNG, WebP or GIF image.";
    }

    private static String leadingText(byte[] file) {
        return new String(file, 0, Math.min(TEXT_PROBE, file.length), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (data.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
