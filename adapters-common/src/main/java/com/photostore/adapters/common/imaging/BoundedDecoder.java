package com.photostore.adapters.common.imaging;

import com.photostore.domain.photo.ContentType;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

/**
 * Decodes images with bounded memory: the header's size is checked against the limits before any pixel is
 * read, the memory its decode path allocates is reserved from the process's decoding budget, and pixels are decoded
 * subsampled so the longest side is at most twice the largest rendering needed.
 */
final class BoundedDecoder {

    private static final String DAMAGED = "The image file is damaged or truncated and cannot be decoded.";

    static {
        ImageIO.setUseCache(false);
        ImageIO.scanForPlugins();
    }

    private final ImageLimits limits;
    private final int largestRendering;
    private final DecodeBudget budget;

    BoundedDecoder(ImageLimits limits, int largestRendering, DecodeBudget budget) {
        this.limits = limits;
        this.largestRendering = largestRendering;
        this.budget = budget;
    }

    /** The decoded image, holding its reservation of the budget until it is closed. */
    DecodedImage decode(byte[] file, ContentType type) throws RejectedImageException {
        ImageReader reader = readerFor(type);
        TruncationWatch watch = new TruncationWatch();
        DecodeBudget.Reservation reservation = null;
        try (ByteArrayImageInputStream input = new ByteArrayImageInputStream(file)) {
            reader.setInput(input, true, true);
            reader.addIIOReadWarningListener(watch);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            boolean jpeg = type == ContentType.JPEG;
            String refusal = limits.refusal(width, height, jpeg && JpegFrame.isProgressive(file));
            if (refusal == null && jpeg) {
                refusal = limits.scanRefusal(JpegFrame.scanCount(file));
            }
            if (refusal != null) {
                throw new RejectedImageException(refusal);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int factor = subsampling(width, height);
            param.setSourceSubsampling(factor, factor, 0, 0);
            reservation = budget.reserve(DecodeCost.of(type, file, width, height, factor),
                    type.name() + " of " + width + " × " + height + " pixels");
            BufferedImage pixels = reader.read(0, param);
            if (watch.truncated || pixels == null) {
                throw new RejectedImageException(DAMAGED);
            }
            DecodedImage decoded = new DecodedImage(width, height, pixels, reservation);
            reservation = null;
            return decoded;
        } catch (DecodeBudgetBusyException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RejectedImageException(DAMAGED);
        } finally {
            if (reservation != null) {
                reservation.close();
            }
            reader.dispose();
        }
    }

    private int subsampling(int width, int height) {
        long longest = Math.max(width, height);
        long budget = 2L * largestRendering;
        return (int) Math.max(1, (longest + budget - 1) / budget);
    }

    private static ImageReader readerFor(ContentType type) throws RejectedImageException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mimeType());
        if (!readers.hasNext()) {
            throw new RejectedImageException(type.name() + " images cannot be read on this server.");
        }
        return readers.next();
    }

    /** Notices a decoder's warning that the data ended before the image was complete. */
    private static final class TruncationWatch implements IIOReadWarningListener {
        private boolean truncated;

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            String text = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
            if (text.contains("premature end") || text.contains("truncated") || text.contains("unexpected end")) {
                truncated = true;
            }
        }
    }
}
