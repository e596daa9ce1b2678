package com.photostore.adapters.common.imaging;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * Shrinks images by area averaging: every output pixel is the mean of the source area it covers, so no source
 * pixel is skipped; output is opaque BGR bytes with transparency composited on white.
 */
final class Downscaler {

    private static final int CHANNELS = 3;
    private static final int ROW_BITS = 8;
    private static final int COLUMN_BITS = 14;
    private static final int SHIFT = ROW_BITS + COLUMN_BITS;
    private static final int ROUNDING = 1 << (SHIFT - 1);

    private Downscaler() {
    }

    /** The image at exactly {@code width} × {@code height}, as {@link BufferedImage#TYPE_3BYTE_BGR}. */
    static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage bgr = asOpaqueBgr(source);
        if (bgr.getWidth() == width && bgr.getHeight() == height) {
            return bgr;
        }
        int sourceWidth = bgr.getWidth();
        byte[] in = bytes(bgr);
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] out = bytes(result);
        Coverage columns = Coverage.of(sourceWidth, width, COLUMN_BITS);
        Coverage rows = Coverage.of(bgr.getHeight(), height, ROW_BITS);
        int[] row = new int[sourceWidth * CHANNELS];
        int o = 0;
        for (int y = 0; y < height; y++) {
            Arrays.fill(row, 0);
            for (int k = rows.start[y]; k < rows.start[y + 1]; k++) {
                int weight = rows.weight[k];
                int base = rows.pixel[k] * sourceWidth * CHANNELS;
                for (int i = 0; i < row.length; i++) {
                    row[i] += weight * (in[base + i] & 0xFF);
                }
            }
            for (int x = 0; x < width; x++) {
                int b = ROUNDING;
                int g = ROUNDING;
                int r = ROUNDING;
                for (int k = columns.start[x]; k < columns.start[x + 1]; k++) {
                    int weight = columns.weight[k];
                    int i = columns.pixel[k] * CHANNELS;
                    b += weight * row[i];
                    g += weight * row[i + 1];
                    r += weight * row[i + 2];
                }
                out[o++] = clamp(b >> SHIFT);
                out[o++] = clamp(g >> SHIFT);
                out[o++] = clamp(r >> SHIFT);
            }
        }
        return result;
    }

    /** The image itself when it already is plain BGR bytes, else a copy drawn on white. */
    static BufferedImage asOpaqueBgr(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_3BYTE_BGR && source.getRaster().getParent() == null
                && ((DataBufferByte) source.getRaster().getDataBuffer()).getOffset() == 0) {
            return source;
        }
        BufferedImage bgr = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = bgr.createGraphics();
        try {
            g.drawImage(source, 0, 0, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return bgr;
    }

    private static byte[] bytes(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    private static byte clamp(int value) {
        return (byte) (value < 0 ? 0 : Math.min(value, 255));
    }

    /**
     * For each output pixel along one axis, the source pixels it covers and their shares in fixed point:
     * entries {@code start[i]} to {@code start[i + 1]} of {@code pixel} and {@code weight}.
     */
    private record Coverage(int[] start, int[] pixel, int[] weight) {

        static Coverage of(int sourceSize, int targetSize, int bits) {
            int one = 1 << bits;
            double scale = (double) sourceSize / targetSize;
            int[] start = new int[targetSize + 1];
            int[] pixel = new int[sourceSize + 2 * targetSize];
            int[] weight = new int[pixel.length];
            int n = 0;
            for (int i = 0; i < targetSize; i++) {
                start[i] = n;
                double from = i * scale;
                double to = Math.min(sourceSize, (i + 1) * scale);
                int first = Math.min(sourceSize - 1, (int) Math.floor(from));
                int last = Math.max(first + 1, Math.min(sourceSize, (int) Math.ceil(to)));
                int given = 0;
                for (int j = first; j < last; j++) {
                    double overlap = Math.min(to, j + 1) - Math.max(from, j);
                    int share = j == last - 1 ? one - given : (int) Math.round(one * overlap / (to - from));
                    pixel[n] = j;
                    weight[n++] = share;
                    given += share;
                }
            }
            start[targetSize] = n;
            return new Coverage(start, pixel, weight);
        }
    }
}
