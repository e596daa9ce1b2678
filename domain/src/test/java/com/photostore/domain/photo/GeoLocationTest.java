package com.photostore.domain.photo;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.testing.Gens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoLocationTest {

    @Test
    void everyPointOnEarthIsALocation() {
        qt().withExamples(EXAMPLES).forAll(Gens.doubles(-90, 90), Gens.doubles(-180, 180)).checkAssert((latitude, longitude) -> {
            GeoLocation location = new GeoLocation(latitude, longitude);
            assertThat(location.latitude()).isEqualTo(latitude);
            assertThat(location.longitude()).isEqualTo(longitude);
        });
    }

    @ParameterizedTest
    @CsvSource({"90.0001,0", "-90.0001,0", "0,180.0001", "0,-180.0001", "NaN,0", "0,NaN", "Infinity,0", "0,-Infinity"})
    void anythingOffTheGlobeIsRejected(double latitude, double longitude) {
        assertThatThrownBy(() -> new GeoLocation(latitude, longitude)).isInstanceOf(IllegalArgumentException.class);
    }
}
