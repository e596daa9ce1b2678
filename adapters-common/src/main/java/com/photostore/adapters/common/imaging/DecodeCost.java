package com.photostore.adapters.common.imaging;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.PhotoObjectKeys;

/**
 * The memory one inspection allocates, in bytes, from the header's size and the decode path its format takes: the
 * pixels decoded subsampled, the buffers each decoder keeps at full size, and the renderings made from the pixels.
 */
final class DecodeCost {
    private static final long RGBA = 4;
    private static final long VP8_MACROBLOCK_STATE = 128;
    private static final long JPEG_COEFFICIENT = 2;
    private static final long LZW_TABLES = 64 * 1024;
    private static final long RENDERING_SLACK = 4L * 1024 * 1024;

    private DecodeCost() {
    }

    /** The bytes decoding {@code file}, {@code width} × {@code height} pixels read every {@code factor}th, needs. */
    static long of(ContentType type, byte[] file, int width, int height, int factor) {
        long w = width;
        long h = height;
        long decodedWidth = (w + factor - 1) / factor;
        long decoded = decodedWidth * ((h + factor - 1) / factor);
        long decoder = switch (type) {
            case JPEG -> jpeg(file, w, h, decoded);
            case PNG -> png(file, w, decoded);
            case GIF -> decoded * RGBA + w * RGBA + LZW_TABLES;
            case WEBP -> webp(file, w, h, decoded);
        };
        return decoder + rendering(decodedWidth, decoded);
    }

    /**
     * libjpeg (in native memory) keeps a few rows of blocks for a baseline JPEG, but every DCT coefficient of the
     * image for a progressive one, two bytes per sample of each component; ImageIO keeps one row and the pixels.
     */
    private static long jpeg(byte[] file, long w, long h, long decoded) {
        long components = Math.max(1, JpegFrame.componentCount(file));
        long rows = w * components * 16 + 2 * w * RGBA;
        long coefficients = JpegFrame.isProgressive(file) ? w * h * components * JPEG_COEFFICIENT : 0;
        return decoded * RGBA + rows + coefficients;
    }

    /** ImageIO's PNG reader inflates row by row (the current and the previous row) into the subsampled pixels. */
    private static long png(byte[] file, long w, long decoded) {
        long sample = file.length > 24 && (file[24] & 0xFF) == 16 ? 2 : 1;
        return decoded * RGBA * sample + 3 * w * RGBA * sample;
    }

    /**
     * TwelveMonkeys decodes a lossless WebP (and the lossless alpha plane of a lossy one) into an ARGB raster of the
     * whole image before subsampling it; a lossy one keeps the state of every macroblock of the frame.
     */
    private static long webp(byte[] file, long w, long h, long decoded) {
        long macroblocks = ((w + 15) / 16) * ((h + 15) / 16) * VP8_MACROBLOCK_STATE;
        long fullRaster = WebpLayout.decodesLosslessly(file) ? w * h * RGBA : 0;
        return decoded * RGBA + macroblocks + fullRaster + w * 64;
    }

    /** The opaque copy, the area-averaging row, the preview (and its turned copy) and the thumbnail. */
    private static long rendering(long decodedWidth, long decoded) {
        long preview = (long) PhotoObjectKeys.PREVIEW_SIZE * PhotoObjectKeys.PREVIEW_SIZE * 3;
        return decoded * 3 + decodedWidth * 3 * Integer.BYTES + 2 * preview + RENDERING_SLACK;
    }
}
