package com.photostore.adapters.common.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.photo.PhotoId;
import com.photostore.port.out.fake.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonotonicIdGeneratorTest {
    private final MutableClock clock = new MutableClock();
    private final MonotonicIdGenerator ids = new MonotonicIdGenerator(clock, count -> {
        byte[] bytes = new byte[count];
        java.util.Arrays.fill(bytes, (byte) 0xff);
        return bytes;
    });

    @Test
    void photoIdsKeepIncreasingWhenTheClockStandsStillOrGoesBack() {
        List<PhotoId> made = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            made.add(ids.newPhotoId());
        }
        clock.advance(Duration.ofSeconds(-10));
        made.add(ids.newPhotoId());

        assertThat(made).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void photoIdsCarryTheClockTime() {
        assertThat(ids.newPhotoId().epochMillis()).isEqualTo(clock.now().toEpochMilli());
    }

    @Test
    void userIdsAreVersionFourUuids() {
        assertThat(ids.newUserId().value().version()).isEqualTo(4);
        assertThat(ids.newUserId().value().variant()).isEqualTo(2);
    }
}
