package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.PhotoObjectKeys;
import com.photostore.port.out.ImageAnalysis;
import com.photostore.port.out.ImageInspector;
import com.photostore.port.out.Thumbnail;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link ImageInspector} does: it knows the four accepted types by their magic bytes, accepts
 * real images of each with their metadata and bounded JPEG thumbnails, and refuses anything else.
 */
public abstract class ImageInspectorContractTest {
    private ImageInspector inspector;

    /** The inspector under test; called once before each test. */
    protected abstract ImageInspector inspector();

    /** A real image file of the type, small enough to analyse quickly. */
    protected abstract byte[] sampleImage(ContentType type);

    @BeforeEach
    void setUpInspector() {
        inspector = inspector();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("magicBytes")
    void sniffKnowsEachTypeByItsMagicBytes(ContentType type, byte[] head) {
        assertThat(inspector.sniff(head)).contains(type);
    }

    static Stream<Arguments> magicBytes() {
        return Stream.of(
                Arguments.of(ContentType.JPEG, bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0, 1)),
                Arguments.of(ContentType.JPEG, bytes(0xFF, 0xD8, 0xFF, 0xE1, 0x1C, 0x45, 'E', 'x', 'i', 'f', 0, 0)),
                Arguments.of(ContentType.PNG, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H')),
                Arguments.of(ContentType.GIF, ascii("GIF89a\u0001\u0000\u0001\u0000")),
                Arguments.of(ContentType.GIF, ascii("GIF87a\u0001\u0000\u0001\u0000")),
                Arguments.of(ContentType.WEBP, ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ")));
    }

    @ParameterizedTest
    @EnumSource(ContentType.class)
    void sniffKnowsEachSampleImage(ContentType type) {
        assertThat(inspector.sniff(sampleImage(type))).contains(type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notImages")
    void sniffFindsNoTypeInOtherFiles(String description, byte[] head) {
        assertThat(inspector.sniff(head)).isEmpty();
    }

    static Stream<Arguments> notImages() {
        return Stream.of(
                Arguments.of("nothing", new byte[0]),
                Arguments.of("text", ascii("hello, world")),
                Arguments.of("HTML", ascii("<!DOCTYPE html><html><script>alert(1)</script></html>")),
                Arguments.of("SVG", ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>")),
                Arguments.of("PDF", ascii("%PDF-1.7\n%")),
                Arguments.of("ZIP", bytes('P', 'K', 3, 4, 20, 0, 0, 0)),
                Arguments.of("BMP", bytes('B', 'M', 0x36, 0, 0, 0, 0, 0)),
                Arguments.of("WAVE", ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt ")),
                Arguments.of("half a JPEG signature", bytes(0xFF, 0xD8)),
                Arguments.of("half a PNG signature", bytes(0x89, 'P', 'N', 'G')),
                Arguments.of("GIF without version", ascii("GIF")));
    }

    @ParameterizedTest
    @EnumSource(ContentType.class)
    void analyseAcceptsEachTypeWithBoundedJpegThumbnails(ContentType type) {
        ImageAnalysis analysis = inspector.analyse(sampleImage(type));

        assertThat(analysis).isInstanceOfSatisfying(ImageAnalysis.Accepted.class, accepted -> {
            assertThat(accepted.metadata().contentType()).isEqualTo(type);
            assertThat(accepted.metadata().width()).isPositive();
            assertThat(accepted.metadata().height()).isPositive();
            assertBoundedJpeg(accepted.thumbnail(), PhotoObjectKeys.THUMBNAIL_SIZE);
            assertBoundedJpeg(accepted.preview(), PhotoObjectKeys.PREVIEW_SIZE);
            assertThat(accepted.thumbnail().width()).isLessThanOrEqualTo(accepted.preview().width());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notImages")
    void analyseRejectsOtherFilesWithAReason(String description, byte[] file) {
        assertThat(inspector.analyse(file)).isInstanceOfSatisfying(ImageAnalysis.Rejected.class,
                rejected -> assertThat(rejected.reason()).isNotBlank());
    }

    private static void assertBoundedJpeg(Thumbnail thumbnail, int box) {
        assertThat(Arrays.copyOf(thumbnail.jpeg(), 3)).isEqualTo(bytes(0xFF, 0xD8, 0xFF));
        assertThat(Math.max(thumbnail.width(), thumbnail.height())).isLessThanOrEqualTo(box);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
