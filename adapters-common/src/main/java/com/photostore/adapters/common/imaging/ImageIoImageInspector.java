package com.photostore.adapters.common.imaging;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.PhotoObjectKeys;
import com.photostore.port.out.ImageAnalysis;
import com.photostore.port.out.ImageInspector;
import java.util.Optional;

/**
 * Inspects JPEG, PNG, WebP and GIF files with Java ImageIO (TwelveMonkeys plugins for CMYK JPEG and WebP)
 * and metadata-extractor, refusing anything else, anything damaged, anything larger than its limits and anything
 * whose decode would need more memory than the decoding budget the process's inspections share; while others hold
 * that budget it waits, and fails with {@link DecodeBudgetBusyException} (to be retried) when the wait runs out.
 */
public final class ImageIoImageInspector implements ImageInspector {

    private static final float JPEG_QUALITY = 0.82f;

    private final BoundedDecoder decoder;
    private final ThumbnailRenderer renderer;

    /** An inspector with the default limits. */
    public ImageIoImageInspector() {
        this(ImageLimits.DEFAULT);
    }

    /** An inspector that refuses images beyond the given limits, sharing the process's decoding budget. */
    public ImageIoImageInspector(ImageLimits limits) {
        this(limits, DecodeBudget.process());
    }

    ImageIoImageInspector(ImageLimits limits, DecodeBudget budget) {
        this.decoder = new BoundedDecoder(limits, PhotoObjectKeys.PREVIEW_SIZE, budget);
        this.renderer = new ThumbnailRenderer(PhotoObjectKeys.THUMBNAIL_SIZE, PhotoObjectKeys.PREVIEW_SIZE,
                new JpegEncoder(JPEG_QUALITY));
    }

    @Override
    public Optional<ContentType> sniff(byte[] head) {
        return FileSignature.accepted(head);
    }

    @Override
    public ImageAnalysis analyse(byte[] file) {
        if (file == null) {
            return new ImageAnalysis.Rejected("No file was given.");
        }
        Optional<ContentType> type = FileSignature.accepted(file);
        if (type.isEmpty()) {
            return new ImageAnalysis.Rejected(FileSignature.refusal(file));
        }
        try (DecodedImage decoded = decoder.decode(file, type.get())) {
            ExifFacts exif = ExifReader.read(file, type.get());
            Renderings renderings = renderer.render(decoded, exif.orientationOrDefault());
            ImageMetadata metadata = new ImageMetadata(type.get(), decoded.width(), decoded.height(),
                    exif.orientation(), exif.takenAt(), exif.camera(), exif.location(), exif.exposure());
            return new ImageAnalysis.Accepted(metadata, renderings.thumbnail(), renderings.preview());
        } catch (RejectedImageException e) {
            return new ImageAnalysis.Rejected(e.getMessage());
        } catch (DecodeBudgetBusyException e) {
            throw e;
        } catch (RuntimeException e) {
            return new ImageAnalysis.Rejected("The image could not be processed.");
        }
    }
}
