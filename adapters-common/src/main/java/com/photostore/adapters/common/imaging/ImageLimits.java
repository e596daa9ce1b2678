package com.photostore.adapters.common.imaging;

/** The largest image, in pixels and in length of its longest side, that inspection agrees to decode. */
public record ImageLimits(long maxPixels, int maxSide) {

    /** 100 megapixels and 30,000 px on a side. */
    public static final ImageLimits DEFAULT = new ImageLimits(100_000_000L, 30_000);

    public ImageLimits {
        if (maxPixels <= 0 || maxSide <= 0) {
            throw new IllegalArgumentException("limits are positive");
        }
    }

    /** Why an image of this declared size is refused, or {@code null} when it is within the limits. */
    String refusal(int width, int height) {
        if (width <= 0 || height <= 0) {
            return "The image declares no pixels.";
        }
        if (width > maxSide || height > maxSide) {
            return "The image is " + width + " × " + height + " pixels; a side may be at most " + maxSide + ".";
        }
        if ((long) width * height > maxPixels) {
            return "The image is " + width + " × " + height + " pixels; at most "
                    + maxPixels / 1_000_000 + " megapixels are accepted.";
        }
        return null;
    }
}
