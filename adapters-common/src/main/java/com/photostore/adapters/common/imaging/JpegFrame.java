package com.photostore.adapters.common.imaging;

/** Reads a JPEG's marker structure, without decoding anything: whether it is progressive, its components, how many scans it has. */
final class JpegFrame {

    private static final int START_OF_SCAN = 0xDA;

    private JpegFrame() {
    }

    /** Whether the first frame header is a progressive one (SOF2, SOF6, SOF10 or SOF14). */
    static boolean isProgressive(byte[] jpeg) {
        int i = 2;
        while (i + 3 < jpeg.length) {
            if ((jpeg[i] & 0xFF) != 0xFF) {
                return false;
            }
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (isStartOfFrame(marker)) {
                return (marker & 0x03) == 2;
            }
            if (marker == START_OF_SCAN) {
                return false;
            }
            if (isStandalone(marker)) {
                i += 2;
                continue;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return false;
    }

    /** How many colour components the first frame header declares, or 0 when it has none. */
    static int componentCount(byte[] jpeg) {
        int i = 2;
        while (i + 3 < jpeg.length) {
            if ((jpeg[i] & 0xFF) != 0xFF) {
                return 0;
            }
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (isStartOfFrame(marker)) {
                return i + 9 < jpeg.length ? jpeg[i + 9] & 0xFF : 0;
            }
            if (marker == START_OF_SCAN) {
                return 0;
            }
            if (isStandalone(marker)) {
                i += 2;
                continue;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return 0;
    }

    /** How many start-of-scan markers the file holds (entropy-coded data never contains one, by byte stuffing). */
    static int scanCount(byte[] jpeg) {
        int scans = 0;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if (jpeg[i] == (byte) 0xFF && jpeg[i + 1] == (byte) START_OF_SCAN) {
                scans++;
            }
        }
        return scans;
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean isStandalone(int marker) {
        return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD9);
    }
}
