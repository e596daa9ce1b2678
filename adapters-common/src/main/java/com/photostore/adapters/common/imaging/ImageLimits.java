package com.photostore.adapters.common.imaging;

import java.util.Locale;

/**
 * The largest image that inspection agrees to decode: in pixels, in length of its longest side, in pixels for
 * progressive JPEGs (whose decoder holds every DCT coefficient of the whole image in native memory), and in
 * scans of a JPEG (each of which the decoder passes over the whole image for).
 */
public record ImageLimits(long maxPixels, int maxSide, long maxProgressiveJpegPixels, int maxJpegScans) {

    /** 100 megapixels, 30,000 px on a side, 50 megapixels for a progressive JPEG, 100 scans. */
    public static final ImageLimits DEFAULT = new ImageLimits(100_000_000L, 30_000, 50_000_000L, 100);

    public ImageLimits {
        if (maxPixels <= 0 || maxSide <= 0 || maxProgressiveJpegPixels <= 0 || maxJpegScans <= 0) {
            throw new IllegalArgumentException("limits are positive");
        }
    }

    /** Why a JPEG with this many scans is refused, or {@code null} when it is within the limits. */
    String scanRefusal(int scans) {
        return scans > maxJpegScans ? "The JPEG has " + scans + " scans; at most " + maxJpegScans + " are accepted." : null;
    }

    /** Why an image of this declared size is refused, or {@code null} when it is within the limits. */
    String refusal(int width, int height, boolean progressiveJpeg) {
        if (width <= 0 || height <= 0) {
            return "The image declares no pixels.";
        }
        if (width > maxSide || height > maxSide) {
            return "The image is " + width + " × " + height + " pixels; a side may be at most " + maxSide + ".";
        }
        long pixels = (long) width * height;
        if (pixels > maxPixels) {
            return "The image is " + width + " × " + height + " pixels; at most "
                    + megapixels(maxPixels) + " megapixels are accepted.";
        }
        if (progressiveJpeg && pixels > maxProgressiveJpegPixels) {
            return "The image is a progressive JPEG of " + width + " × " + height + " pixels; at most "
                    + megapixels(maxProgressiveJpegPixels) + " megapixels are accepted for progressive JPEGs.";
        }
        return null;
    }

    private static String megapixels(long pixels) {
        return pixels % 1_000_000 == 0 ? Long.toString(pixels / 1_000_000)
                : String.format(Locale.ROOT, "%.1f", pixels / 1e6);
    }
}
