package com.photostore.adapters.common.imaging;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reduces a PNG to the chunks that hold EXIF and XMP uncompressed, so that reading its metadata never
 * inflates a compressed chunk (zTXt, compressed iTXt, iCCP) that could expand far beyond the file's size.
 */
final class PngMetadataChunks {

    private static final int SIGNATURE = 8;
    private static final int CHUNK_OVERHEAD = 12;
    private static final String XMP_KEYWORD = "XML:com.adobe.xmp";

    private PngMetadataChunks() {
    }

    /** The signature, IHDR, eXIf and uncompressed XMP iTXt chunks of the PNG, then IEND. */
    static byte[] uncompressedMetadata(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, Math.min(SIGNATURE, png.length));
        int i = SIGNATURE;
        while (i + CHUNK_OVERHEAD <= png.length) {
            long length = readInt(png, i) & 0xFFFFFFFFL;
            if (length > png.length - i - CHUNK_OVERHEAD) {
                break;
            }
            String type = new String(png, i + 4, 4, StandardCharsets.ISO_8859_1);
            int total = (int) length + CHUNK_OVERHEAD;
            if (type.equals("IHDR") || type.equals("eXIf") || isUncompressedXmp(png, i + 8, (int) length, type)) {
                out.write(png, i, total);
            }
            if (type.equals("IEND")) {
                break;
            }
            i += total;
        }
        out.writeBytes(new byte[] {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82});
        return out.toByteArray();
    }

    private static boolean isUncompressedXmp(byte[] png, int data, int length, String type) {
        int keyword = XMP_KEYWORD.length();
        return type.equals("iTXt") && length > keyword + 1
                && new String(png, data, keyword, StandardCharsets.ISO_8859_1).equals(XMP_KEYWORD)
                && png[data + keyword] == 0 && png[data + keyword + 1] == 0;
    }

    private static int readInt(byte[] data, int at) {
        return ((data[at] & 0xFF) << 24) | ((data[at + 1] & 0xFF) << 16) | ((data[at + 2] & 0xFF) << 8)
                | (data[at + 3] & 0xFF);
    }
}
