package com.photostore.adapters.common.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class JpegFrameTest {

    @Test
    void tellsProgressiveFromBaselineJpegs() {
        assertThat(JpegFrame.isProgressive(CraftedImages.progressiveJpeg(CraftedImages.picture(40, 30)))).isTrue();
        assertThat(JpegFrame.isProgressive(CraftedImages.encode(CraftedImages.picture(40, 30), "jpeg"))).isFalse();
    }

    @Test
    void countsScans() {
        assertThat(JpegFrame.scanCount(CraftedImages.encode(CraftedImages.picture(40, 30), "jpeg"))).isEqualTo(1);
        assertThat(JpegFrame.scanCount(CraftedImages.progressiveJpeg(CraftedImages.picture(40, 30)))).isGreaterThan(1);
        assertThat(JpegFrame.scanCount(CraftedImages.jpegWithScans(250))).isEqualTo(250);
    }

    @Test
    void stopsAtTheEndOfMalformedData() {
        assertThat(JpegFrame.isProgressive(HexFormat.of().parseHex("ffd8ffe0ffff"))).isFalse();
        assertThat(JpegFrame.isProgressive(HexFormat.of().parseHex("ffd800c2"))).isFalse();
        assertThat(JpegFrame.isProgressive(HexFormat.of().parseHex("ffd8ffffffc2000b"))).isTrue();
    }
}
