package com.photostore.adapters.common.imaging;

import com.photostore.port.out.Thumbnail;
import java.awt.image.BufferedImage;

/** Renders the preview and the thumbnail of a decoded image, orientation applied, never enlarged. */
final class ThumbnailRenderer {

    private final int thumbnailSide;
    private final int previewSide;
    private final JpegEncoder encoder;

    ThumbnailRenderer(int thumbnailSide, int previewSide, JpegEncoder encoder) {
        this.thumbnailSide = thumbnailSide;
        this.previewSide = previewSide;
        this.encoder = encoder;
    }

    /** Both renderings: the preview first (longest side {@code previewSide}), then the thumbnail. */
    Renderings render(DecodedImage decoded, int orientation) {
        int[] previewSize = fit(decoded.width(), decoded.height(), previewSide);
        BufferedImage stored = Downscaler.scale(decoded.pixels(), previewSize[0], previewSize[1]);
        BufferedImage preview = Orientation.apply(stored, orientation);
        int[] thumbnailSize = fit(preview.getWidth(), preview.getHeight(), thumbnailSide);
        BufferedImage thumbnail = Downscaler.scale(preview, thumbnailSize[0], thumbnailSize[1]);
        return new Renderings(encode(preview), encode(thumbnail));
    }

    private Thumbnail encode(BufferedImage image) {
        return new Thumbnail(encoder.encode(image), image.getWidth(), image.getHeight());
    }

    private static int[] fit(int width, int height, int side) {
        int longest = Math.max(width, height);
        if (longest <= side) {
            return new int[] {width, height};
        }
        double scale = (double) side / longest;
        return new int[] {
            Math.max(1, Math.min(side, (int) Math.round(width * scale))),
            Math.max(1, Math.min(side, (int) Math.round(height * scale)))
        };
    }
}
