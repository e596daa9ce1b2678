package com.photostore.domain.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoLocationTest {

    @Property
    void everyPointOnEarthIsALocation(@ForAll @DoubleRange(min = -90, max = 90) double latitude,
                                      @ForAll @DoubleRange(min = -180, max = 180) double longitude) {
        GeoLocation location = new GeoLocation(latitude, longitude);
        assertThat(location.latitude()).isEqualTo(latitude);
        assertThat(location.longitude()).isEqualTo(longitude);
    }

    @ParameterizedTest
    @CsvSource({"90.0001,0", "-90.0001,0", "0,180.0001", "0,-180.0001", "NaN,0", "0,NaN", "Infinity,0", "0,-Infinity"})
    void anythingOffTheGlobeIsRejected(double latitude, double longitude) {
        assertThatThrownBy(() -> new GeoLocation(latitude, longitude)).isInstanceOf(IllegalArgumentException.class);
    }
}
