package com.photostore.adapters.common.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.photostore.port.out.ImageAnalysis;
import com.photostore.port.out.Thumbnail;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThumbnailTest {

    private final ImageIoImageInspector inspector = new ImageIoImageInspector();

    @ParameterizedTest(name = "{0}×{1} {2}")
    @CsvSource({
        "3000, 2000, jpeg, 1280, 853, 256, 171",
        "2000, 3000, png, 853, 1280, 171, 256",
        "1000, 700, jpeg, 1000, 700, 256, 179",
        "200, 100, gif, 200, 100, 200, 100",
        "5000, 40, png, 1280, 10, 256, 2"
    })
    void rendersBothSizesWithoutEnlarging(int width, int height, String format, int previewWidth, int previewHeight,
                                          int thumbnailWidth, int thumbnailHeight) {
        ImageAnalysis.Accepted accepted = accept(CraftedImages.encode(CraftedImages.picture(width, height), format));

        assertThat(accepted.metadata().width()).isEqualTo(width);
        assertThat(accepted.metadata().height()).isEqualTo(height);
        assertRendering(accepted.preview(), previewWidth, previewHeight);
        assertRendering(accepted.thumbnail(), thumbnailWidth, thumbnailHeight);
    }

    @Test
    void downscalingAveragesInsteadOfPickingPixels() {
        BufferedImage stripes = new BufferedImage(2560, 2560, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < stripes.getHeight(); y++) {
            for (int x = 0; x < stripes.getWidth(); x++) {
                stripes.setRGB(x, y, x % 2 == 0 ? 0x000000 : 0xFFFFFF);
            }
        }
        BufferedImage thumbnail = decode(accept(CraftedImages.encode(stripes, "png")).thumbnail());

        Color middle = new Color(thumbnail.getRGB(128, 128));
        assertThat(middle.getRed()).isBetween(110, 145);
        assertThat(middle.getGreen()).isBetween(110, 145);
    }

    @Test
    void transparencyIsCompositedOnWhite() {
        BufferedImage transparent = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        BufferedImage preview = decode(accept(CraftedImages.encode(transparent, "png")).preview());

        assertThat(preview.getColorModel().hasAlpha()).isFalse();
        assertThat(new Color(preview.getRGB(150, 100))).satisfies(c -> assertThat(c.getRed() + c.getGreen() + c.getBlue())
                .isGreaterThan(3 * 245));
    }

    @ParameterizedTest(name = "BufferedImage type {0}")
    @ValueSource(ints = {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY, BufferedImage.TYPE_BYTE_INDEXED,
        BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_INT_BGR})
    void everyPngColourModelBecomesRgb(int type) {
        BufferedImage source = new BufferedImage(300, 200, type);
        source.createGraphics().drawImage(CraftedImages.picture(300, 200), 0, 0, null);

        BufferedImage preview = decode(accept(CraftedImages.encode(source, "png")).preview());

        assertThat(preview.getRaster().getNumBands()).isEqualTo(3);
        assertThat(preview.getWidth()).isEqualTo(300);
    }

    @Test
    void cmykJpegBecomesRgbAlsoWhenSubsampled() {
        ImageAnalysis.Accepted accepted = accept(CraftedImages.cmykJpeg(3000, 2000, 0, 255, 255, 0));

        BufferedImage preview = decode(accepted.preview());
        assertThat(preview.getWidth()).isEqualTo(1280);
        assertThat(preview.getRaster().getNumBands()).isEqualTo(3);
        Color centre = new Color(preview.getRGB(640, 426));
        assertThat(centre.getRed()).as("red of %s", centre).isGreaterThan(180);
        assertThat(centre.getGreen()).as("green of %s", centre).isLessThan(90);
        assertThat(centre.getBlue()).as("blue of %s", centre).isLessThan(90);
    }

    @ParameterizedTest(name = "{0}_{1}")
    @CsvSource({
        "landscape, 2", "landscape, 3", "landscape, 4", "landscape, 5", "landscape, 6", "landscape, 7", "landscape, 8",
        "portrait, 2", "portrait, 3", "portrait, 4", "portrait, 5", "portrait, 6", "portrait, 7", "portrait, 8"
    })
    void everyOrientationOfARealPhotoDisplaysLikeTheUprightOne(String shape, int orientation) throws IOException {
        Optional<Path> folder = PhotoData.folder();
        assumeThat(folder).as("shared/data/photos folder").isPresent();
        Path dir = folder.get().resolve("jpg").resolve("orientation");
        ImageAnalysis.Accepted upright = accept(Files.readAllBytes(dir.resolve(shape + "_1.jpg")));
        ImageAnalysis.Accepted turned = accept(Files.readAllBytes(dir.resolve(shape + "_" + orientation + ".jpg")));

        assertThat(turned.metadata().orientation()).isEqualTo(orientation);
        assertThat(turned.preview().width()).isEqualTo(upright.preview().width());
        assertThat(turned.preview().height()).isEqualTo(upright.preview().height());
        assertThat(meanDifference(decode(turned.preview()), decode(upright.preview()))).isLessThan(12.0);
    }

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        "1, 0, 0, 1, 0", "2, 1, 0, 0, 0", "3, 1, 1, 0, 1", "4, 0, 1, 1, 1",
        "5, 0, 0, 0, 1", "6, 1, 0, 1, 1", "7, 1, 1, 1, 0", "8, 0, 1, 0, 0"
    })
    void orientationMovesTheStoredCornersWhereExifSays(int orientation, int topLeftX, int topLeftY,
                                                       int topRightX, int topRightY) {
        BufferedImage stored = new BufferedImage(4, 2, BufferedImage.TYPE_3BYTE_BGR);
        stored.setRGB(0, 0, 0xFF0000);
        stored.setRGB(3, 0, 0x00FF00);

        BufferedImage shown = Orientation.apply(stored, orientation);

        int shownW = shown.getWidth() - 1;
        int shownH = shown.getHeight() - 1;
        assertThat(shown.getWidth()).isEqualTo(orientation >= 5 ? 2 : 4);
        assertThat(shown.getRGB(topLeftX * shownW, topLeftY * shownH) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(shown.getRGB(topRightX * shownW, topRightY * shownH) & 0xFFFFFF).isEqualTo(0x00FF00);
    }

    @Test
    void pngExifIsReadAndItsOrientationApplied() {
        ImageAnalysis.Accepted accepted = accept(CraftedImages.pngWithExif("Pixel Maker", 6));

        assertThat(accepted.metadata().camera().make()).isEqualTo("Pixel Maker");
        assertThat(accepted.metadata().orientation()).isEqualTo(6);
        assertThat(accepted.preview().width()).isEqualTo(20);
        assertThat(accepted.preview().height()).isEqualTo(40);
    }

    @Test
    void limitsAreConfigurable() {
        ImageIoImageInspector strict = new ImageIoImageInspector(new ImageLimits(1_000_000, 2_000, 1_000_000, 10));
        byte[] png = CraftedImages.encode(CraftedImages.picture(1200, 1000), "png");

        assertThat(strict.analyse(png)).isInstanceOfSatisfying(ImageAnalysis.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("megapixels"));
        assertThat(inspector.analyse(png)).isInstanceOf(ImageAnalysis.Accepted.class);
    }

    private ImageAnalysis.Accepted accept(byte[] file) {
        ImageAnalysis analysis = inspector.analyse(file);
        assertThat(analysis).isInstanceOf(ImageAnalysis.Accepted.class);
        return (ImageAnalysis.Accepted) analysis;
    }

    private static void assertRendering(Thumbnail rendering, int width, int height) {
        assertThat(rendering.width()).isEqualTo(width);
        assertThat(rendering.height()).isEqualTo(height);
        assertThat(rendering.jpeg()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
        BufferedImage decoded = decode(rendering);
        assertThat(decoded.getWidth()).isEqualTo(width);
        assertThat(decoded.getHeight()).isEqualTo(height);
    }

    private static BufferedImage decode(Thumbnail rendering) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(rendering.jpeg()));
            assertThat(image).as("decodable JPEG").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long total = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                total += Math.abs((p >> 16 & 0xFF) - (q >> 16 & 0xFF)) + Math.abs((p >> 8 & 0xFF) - (q >> 8 & 0xFF))
                        + Math.abs((p & 0xFF) - (q & 0xFF));
            }
        }
        return total / (3.0 * a.getWidth() * a.getHeight());
    }
}
