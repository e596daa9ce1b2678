package com.photostore.domain.photo;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.testing.Gens;
import org.junit.jupiter.api.Test;

class ImageMetadataTest {

    @Test
    void displaySidesSwapForOrientationsFiveToEight() {
        qt().withExamples(EXAMPLES).forAll(Gens.ints(1, 8), Gens.ints(1, 100_000), Gens.ints(1, 100_000))
                .checkAssert((orientation, width, height) -> {
                    ImageMetadata image = new ImageMetadata(ContentType.JPEG, width, height, orientation, null, null, null);
                    if (orientation >= 5) {
                        assertThat(image.displayWidth()).isEqualTo(height);
                        assertThat(image.displayHeight()).isEqualTo(width);
                    } else {
                        assertThat(image.displayWidth()).isEqualTo(width);
                        assertThat(image.displayHeight()).isEqualTo(height);
                    }
                });
    }

    @Test
    void unknownOrientationKeepsTheStoredSides() {
        ImageMetadata image = new ImageMetadata(ContentType.PNG, 640, 480, null, null, null, null);
        assertThat(image.displayWidth()).isEqualTo(640);
        assertThat(image.displayHeight()).isEqualTo(480);
    }

    @Test
    void invalidSizesAndOrientationsAreRejected() {
        assertThatThrownBy(() -> new ImageMetadata(ContentType.PNG, 0, 480, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImageMetadata(ContentType.PNG, 640, -1, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImageMetadata(ContentType.PNG, 640, 480, 0, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImageMetadata(ContentType.PNG, 640, 480, 9, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImageMetadata(null, 640, 480, 1, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void anEmptyCameraIsNoCamera() {
        ImageMetadata image = new ImageMetadata(ContentType.JPEG, 1, 1, 1, null, new Camera(" ", "\u0000"), null);
        assertThat(image.camera()).isNull();
        Camera camera = new Camera("Canon", null);
        assertThat(new ImageMetadata(ContentType.JPEG, 1, 1, 1, null, camera, null).camera()).isEqualTo(camera);
    }
}
