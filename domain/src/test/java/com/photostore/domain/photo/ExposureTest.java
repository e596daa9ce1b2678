package com.photostore.domain.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExposureTest {

    @Test
    void plausibleValuesAreKeptAsRead() {
        assertThat(Exposure.read(" EF 50mm f/1.8 STM ", 1.8, 1 / 250.0, 100, 50.0))
                .isEqualTo(new Exposure("EF 50mm f/1.8 STM", 1.8, 0.004, 100, 50.0));
    }

    @Test
    void zeroNegativeInfiniteAndAbsurdValuesAreUnknown() {
        assertThat(Exposure.read("\u0000\u0000", 0.0, -1.0, 0, Double.NaN)).isNull();
        assertThat(Exposure.read(null, Double.POSITIVE_INFINITY, 1e9, 2.5, 1e7)).isNull();
        assertThat(Exposure.read(null, 2.0, null, 100_000_000L, null)).isEqualTo(new Exposure(null, 2.0, null, null, null));
    }

    @Test
    void aLensNameIsCleanedAndShortened() {
        Exposure exposure = Exposure.read("Lens\u202E\u0007 " + "x".repeat(200), null, null, null, null);
        assertThat(exposure.lens()).startsWith("Lens x").hasSize(Exposure.MAX_LENS_LENGTH);
    }

    @Test
    void aStoredExposureIsAlreadyClean() {
        assertThatThrownBy(() -> new Exposure(" padded ", null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Exposure(null, 0.0, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Exposure(null, null, null, -5, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Exposure(null, null, null, null, null).isEmpty()).isTrue();
    }

    @Test
    void imageFactsWithoutAnyExposureHoldNone() {
        ImageMetadata facts = new ImageMetadata(ContentType.JPEG, 10, 10, null, null, null, null,
                new Exposure(null, null, null, null, null));
        assertThat(facts.exposure()).isNull();
    }
}
