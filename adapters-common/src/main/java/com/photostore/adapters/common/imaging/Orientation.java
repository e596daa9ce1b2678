package com.photostore.adapters.common.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Turns and mirrors an RGB image as its EXIF orientation (1–8) says it should be displayed. */
final class Orientation {

    private Orientation() {
    }

    /** Whether displaying with this orientation swaps width and height. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The image as displayed; {@code image} must be {@link BufferedImage#TYPE_INT_RGB}. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int outW = swapsSides(orientation) ? h : w;
        int outH = swapsSides(orientation) ? w : h;
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        int[] src = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                dst[target(orientation, x, y, w, h, outW)] = src[y * w + x];
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
