package com.photostore.adapters.common.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.domain.photo.ContentType;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DecodeBudgetTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void aDecodeThatCouldNeverFitIsRefusedWithItsNeedAndTheBudget() {
        DecodeBudget budget = new DecodeBudget(100 * MIB, Duration.ofSeconds(1));

        assertThatThrownBy(() -> budget.reserve(101 * MIB, "WEBP of 1 × 1 pixels"))
                .isInstanceOf(RejectedImageException.class)
                .hasMessageContaining("101 MiB").hasMessageContaining("100 MiB");
        assertThat(budget.available()).isEqualTo(100 * MIB);
    }

    @Test
    void aReservationWaitsForAnotherToBeGivenBack() throws Exception {
        DecodeBudget budget = new DecodeBudget(100 * MIB, Duration.ofSeconds(10));
        DecodeBudget.Reservation first = budget.reserve(80 * MIB, "first");

        CompletableFuture<DecodeBudget.Reservation> second = CompletableFuture.supplyAsync(() -> {
            try {
                return budget.reserve(80 * MIB, "second");
            } catch (RejectedImageException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertThat(second).isNotDone();
        first.close();

        second.get(5, TimeUnit.SECONDS).close();
        assertThat(budget.available()).isEqualTo(100 * MIB);
    }

    @Test
    void aReservationThatWaitsInVainFailsToBeRetriedAndTakesNothing() throws Exception {
        DecodeBudget budget = new DecodeBudget(100 * MIB, Duration.ofMillis(200));
        try (DecodeBudget.Reservation held = budget.reserve(60 * MIB, "held")) {
            assertThatThrownBy(() -> budget.reserve(60 * MIB, "waiting")).isInstanceOf(DecodeBudgetBusyException.class);
            assertThat(budget.available()).isEqualTo(40 * MIB);
        }
        assertThat(budget.available()).isEqualTo(100 * MIB);
    }

    @Test
    void closingAReservationTwiceGivesItBackOnce() throws Exception {
        DecodeBudget budget = new DecodeBudget(100 * MIB, Duration.ofSeconds(1));
        DecodeBudget.Reservation reservation = budget.reserve(30 * MIB, "once");

        reservation.close();
        reservation.close();

        assertThat(budget.available()).isEqualTo(100 * MIB);
    }

    @Test
    void theCostOfALosslessWebpCountsItsFullSizeRasterAndALossyOneOnlyItsMacroblocks() {
        long lossless = DecodeCost.of(ContentType.WEBP, CraftedImages.losslessWebpBomb(16_383, 6_100), 16_383, 6_100, 7);
        long lossy = DecodeCost.of(ContentType.WEBP, CraftedImages.webp(false), 16_383, 6_100, 7);

        assertThat(lossless).isGreaterThan(4L * 16_383 * 6_100);
        assertThat(lossy).isLessThan(100 * MIB);
    }

    @Test
    void theCostOfAProgressiveJpegCountsEveryCoefficientAndABaselineOneNot() {
        long progressive = DecodeCost.of(ContentType.JPEG, CraftedImages.progressiveJpegDeclaring(7_000, 7_000),
                7_000, 7_000, 3);
        long baseline = DecodeCost.of(ContentType.JPEG, CraftedImages.jpegDeclaring(7_000, 7_000), 7_000, 7_000, 3);

        assertThat(progressive).isGreaterThan(2L * 3 * 7_000 * 7_000);
        assertThat(baseline).isLessThan(100 * MIB);
    }

    @Test
    void inspectionsGiveTheirReservationBackWhetherTheImageIsAcceptedOrNot() {
        DecodeBudget budget = new DecodeBudget(200 * MIB, Duration.ofSeconds(1));
        ImageIoImageInspector inspector = new ImageIoImageInspector(ImageLimits.DEFAULT, budget);

        inspector.analyse(CraftedImages.encode(CraftedImages.picture(800, 600), "png"));
        inspector.analyse(CraftedImages.losslessWebpBomb(16_383, 6_100));
        inspector.analyse(CraftedImages.pngDeclaring(4_000, 3_000));

        assertThat(budget.available()).isEqualTo(200 * MIB);
    }
}
