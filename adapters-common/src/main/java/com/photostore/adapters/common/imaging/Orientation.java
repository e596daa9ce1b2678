package com.photostore.adapters.common.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Turns and mirrors an RGB image as its EXIF orientation (1–8) says it should be displayed. */
final class Orientation {

    private Orientation() {
    }

    /** Whether displaying with this orientation swaps width and height. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The image as displayed; {@code image} must be {@link BufferedImage#TYPE_3BYTE_BGR}. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int outW = swapsSides(orientation) ? h : w;
        int outH = swapsSides(orientation) ? w : h;
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_3BYTE_BGR);
        byte[] src = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int from = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int to = 3 * target(orientation, x, y, w, h, outW);
                dst[to] = src[from];
                dst[to + 1] = src[from + 1];
                dst[to + 2] = src[from + 2];
                from += 3;
            }
        }
        return out;
    }

    private static int target(int orientation, int x, int y, int w, int h, int outW) {
        return switch (orientation) {
            case 2 -> y * outW + (w - 1 - x);
            case 3 -> (h - 1 - y) * outW + (w - 1 - x);
            case 4 -> (h - 1 - y) * outW + x;
            case 5 -> x * outW + y;
            case 6 -> x * outW + (h - 1 - y);
            case 7 -> (w - 1 - x) * outW + (h - 1 - y);
            default -> (w - 1 - x) * outW + y;
        };
    }
}
