package com.photostore.adapters.common.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.photo.PhotoObjectKeys;
import com.photostore.port.out.ImageAnalysis;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files crafted to crash or exhaust a decoder; this class runs in a JVM with a 256 MB heap. */
class HostileImageTest {

    private final ImageIoImageInspector inspector = new ImageIoImageInspector();

    @Test
    void truncatedJpegIsRejectedAsDamaged() {
        byte[] jpeg = CraftedImages.encode(CraftedImages.picture(800, 600), "jpeg");
        assertThat(reasonFor(Arrays.copyOf(jpeg, jpeg.length / 2))).contains("damaged or truncated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "gif"})
    void truncatedPngAndGifAreRejectedAsDamaged(String format) {
        byte[] file = CraftedImages.encode(CraftedImages.picture(800, 600), format);
        assertThat(reasonFor(Arrays.copyOf(file, file.length / 2))).contains("damaged or truncated");
    }

    @Test
    void truncatedWebpIsRejectedAsDamaged() {
        byte[] webp = CraftedImages.webp(false);
        assertThat(reasonFor(Arrays.copyOf(webp, webp.length / 2))).contains("damaged or truncated");
    }

    @Test
    void pngDeclaringTenGigapixelsIsRejectedBeforeDecoding() {
        assertThat(reasonFor(CraftedImages.pngDeclaring(100_000, 100_000))).contains("100000 × 100000");
    }

    @Test
    void pngAboveThePixelLimitWithinTheSideLimitIsRejected() {
        assertThat(reasonFor(CraftedImages.pngDeclaring(20_000, 20_000))).contains("megapixels");
    }

    @Test
    void gifDeclaringHugeDimensionsIsRejected() {
        assertThat(reasonFor(CraftedImages.gifDeclaring(65_535, 65_535))).contains("65535 × 65535");
    }

    @Test
    void jpegWithHugeStartOfFrameIsRejected() {
        assertThat(reasonFor(CraftedImages.jpegDeclaring(65_000, 65_000))).contains("65000 × 65000");
    }

    @Test
    void progressiveJpegAboveItsOwnLimitIsRejected() {
        assertThat(reasonFor(CraftedImages.progressiveJpegDeclaring(8_000, 8_000))).contains("progressive");
    }

    @Test
    void jpegWithThousandsOfScansIsRejectedBeforeDecoding() {
        assertThat(reasonFor(CraftedImages.jpegWithScans(5_000))).contains("5000 scans");
    }

    @Test
    void aSmallLosslessWebpOfZeroBitPixelsIsARealImage() {
        ImageAnalysis analysis = inspector.analyse(CraftedImages.losslessWebpBomb(3_000, 2_000));

        assertThat(analysis).isInstanceOfSatisfying(ImageAnalysis.Accepted.class,
                accepted -> assertThat(accepted.metadata().width()).isEqualTo(3_000));
    }

    @Test
    void losslessWebpBombsInsideThePixelLimitAreRejectedWithoutExhaustingTheHeap() throws Exception {
        byte[] bomb = CraftedImages.losslessWebpBomb(16_383, 6_100);
        assertThat(bomb.length).isLessThan(100);
        ExecutorService workers = Executors.newFixedThreadPool(3);
        try {
            List<Future<ImageAnalysis>> analyses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                analyses.add(workers.submit(() -> inspector.analyse(bomb)));
            }
            for (Future<ImageAnalysis> analysis : analyses) {
                assertThat(analysis.get(2, TimeUnit.MINUTES)).isInstanceOfSatisfying(ImageAnalysis.Rejected.class,
                        rejected -> assertThat(rejected.reason()).contains("16383 × 6100").contains("memory"));
            }
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void webpWhoseHeaderLiesIsRejected() {
        assertThat(reasonFor(CraftedImages.webpDeclaring(16_384, 16_384))).contains("16384 × 16384");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zTXt", "iCCP"})
    void pngWithACompressedChunkBombIsInspectedWithoutInflatingIt(String chunkType) {
        ImageAnalysis analysis = inspector.analyse(CraftedImages.pngWithCompressedBomb(chunkType, 1 << 30));

        assertThat(analysis).isInstanceOfSatisfying(ImageAnalysis.Accepted.class,
                accepted -> assertThat(accepted.metadata().width()).isEqualTo(16));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXIF", "XMP ", "ICCP"})
    void webpWithAMetadataChunkClaimingTwoGigabytesIsStillRead(String chunkType) {
        ImageAnalysis analysis = inspector.analyse(CraftedImages.webpWithLyingChunk(chunkType));

        assertThat(analysis).isInstanceOfSatisfying(ImageAnalysis.Accepted.class,
                accepted -> assertThat(accepted.metadata().width()).isEqualTo(96));
    }

    @Test
    void svgNamedJpgIsRejected() {
        byte[] svg = ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<rect width=\"10\" height=\"10\"/></svg>").getBytes(StandardCharsets.UTF_8);
        assertThat(reasonFor(svg)).contains("SVG");
    }

    @Test
    void htmlNamedJpgIsRejected() {
        byte[] html = "<!DOCTYPE html>\n<html><body><img src=x onerror=alert(1)></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(reasonFor(html)).contains("HTML");
    }

    @Test
    void emptyFileIsRejected() {
        assertThat(reasonFor(new byte[0])).contains("empty");
    }

    @Test
    void plainTextIsRejected() {
        assertThat(reasonFor("just some words".getBytes(StandardCharsets.UTF_8))).contains("not a JPEG");
    }

    @Test
    void largestAcceptedPictureIsDecodedSubsampledWithinASmallHeap() {
        long heap = Runtime.getRuntime().maxMemory();
        int width = 15_000;
        int height = 6_600;
        assertThat(3L * width * height).as("a full decode would not fit in the heap").isGreaterThan(heap);

        ImageAnalysis analysis = inspector.analyse(CraftedImages.solidPng(width, height));

        assertThat(analysis).isInstanceOfSatisfying(ImageAnalysis.Accepted.class, accepted -> {
            assertThat(accepted.metadata().width()).isEqualTo(width);
            assertThat(accepted.preview().width()).isEqualTo(PhotoObjectKeys.PREVIEW_SIZE);
        });
    }

    private String reasonFor(byte[] file) {
        ImageAnalysis analysis = inspector.analyse(file);
        assertThat(analysis).isInstanceOf(ImageAnalysis.Rejected.class);
        String reason = ((ImageAnalysis.Rejected) analysis).reason();
        assertThat(reason).isNotBlank();
        return reason;
    }
}
