package com.photostore.port.out.fake;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.PhotoObjectKeys;
import com.photostore.port.out.ImageAnalysis;
import com.photostore.port.out.ImageInspector;
import com.photostore.port.out.Thumbnail;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accepts any file that starts with a JPEG, PNG, WebP or GIF signature, with the metadata a test programmed
 * for its content (640x480 of the sniffed type otherwise), and small fake JPEG thumbnails.
 */
public final class FakeImageInspector implements ImageInspector {
    public static final String NOT_AN_IMAGE = "not an image: the file is not JPEG, PNG, WebP or GIF";
    public static final String EMPTY = "the file is empty";
    public static final int DEFAULT_WIDTH = 640;
    public static final int DEFAULT_HEIGHT = 480;

    private final Map<Sha256, ImageAnalysis> programmed = new ConcurrentHashMap<>();

    @Override
    public Optional<ContentType> sniff(byte[] head) {
        return ImageSignatures.sniff(head);
    }

    @Override
    public ImageAnalysis analyse(byte[] file) {
        if (file.length == 0) {
            return new ImageAnalysis.Rejected(EMPTY);
        }
        ImageAnalysis answer = programmed.get(Sha256.of(file));
        if (answer != null) {
            return answer;
        }
        return sniff(file)
                .<ImageAnalysis>map(type -> accepted(new ImageMetadata(type, DEFAULT_WIDTH, DEFAULT_HEIGHT, null,
                        null, null, null)))
                .orElseGet(() -> new ImageAnalysis.Rejected(NOT_AN_IMAGE));
    }

    /** Makes files with exactly this content analyse to the given metadata; the file must start with an image signature. */
    public void programme(byte[] file, ImageMetadata metadata) {
        if (sniff(file).isEmpty()) {
            throw new IllegalArgumentException("a programmed image starts with an image signature");
        }
        programmed.put(Sha256.of(file), accepted(metadata));
    }

    /** Makes files with exactly this content be rejected for the given reason (a corrupt image, say). */
    public void programmeRejection(byte[] file, String reason) {
        programmed.put(Sha256.of(file), new ImageAnalysis.Rejected(reason));
    }

    private static ImageAnalysis accepted(ImageMetadata metadata) {
        return new ImageAnalysis.Accepted(metadata, thumbnail(metadata, PhotoObjectKeys.THUMBNAIL_SIZE),
                thumbnail(metadata, PhotoObjectKeys.PREVIEW_SIZE));
    }

    private static Thumbnail thumbnail(ImageMetadata metadata, int box) {
        int width = metadata.displayWidth();
        int height = metadata.displayHeight();
        double scale = Math.min(1.0, (double) box / Math.max(width, height));
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        byte[] jpeg = ImageSignatures.fileOf(ContentType.JPEG,
                ("thumbnail " + w + "x" + h).getBytes(StandardCharsets.US_ASCII));
        return new Thumbnail(jpeg, w, h);
    }
}
