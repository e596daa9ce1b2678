package com.photostore.adapters.common.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.photo.ContentType;
import com.photostore.port.out.ImageAnalysis;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebpTest {

    private final ImageIoImageInspector inspector = new ImageIoImageInspector();

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void webpMadeByCwebpIsReadWithItsColours(boolean lossless) {
        byte[] webp = CraftedImages.webp(lossless);
        assertThat(inspector.sniff(webp)).contains(ContentType.WEBP);

        ImageAnalysis analysis = inspector.analyse(webp);

        assertThat(analysis).isInstanceOfSatisfying(ImageAnalysis.Accepted.class, accepted -> {
            assertThat(accepted.metadata().contentType()).isEqualTo(ContentType.WEBP);
            assertThat(accepted.metadata().width()).isEqualTo(96);
            assertThat(accepted.metadata().height()).isEqualTo(64);
            BufferedImage preview = decode(accepted.preview().jpeg());
            Color marker = new Color(preview.getRGB(4, 4));
            assertThat(marker.getRed()).as("red marker %s", marker).isGreaterThan(200);
            assertThat(marker.getGreen() + marker.getBlue()).as("red marker %s", marker).isLessThan(120);
        });
    }

    private static BufferedImage decode(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
