package com.photostore.domain.photo;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.testing.HostileText;
import com.photostore.domain.text.TextRules;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CameraTest {

    @Test
    void exifPaddingAndControlsAreCleanedAway() {
        Camera camera = new Camera("  Canon\u0000\u0000 ", "EOS 5D\u202E Mark IV");
        assertThat(camera.make()).isEqualTo("Canon");
        assertThat(camera.model()).isEqualTo("EOS 5D Mark IV");
        assertThat(camera.isEmpty()).isFalse();
    }

    @Test
    void blankPartsAreAbsent() {
        Camera camera = new Camera(" \u0000 ", null);
        assertThat(camera.make()).isNull();
        assertThat(camera.model()).isNull();
        assertThat(camera.isEmpty()).isTrue();
    }

    @Test
    void partsAreCutAtOneHundredCharacters() {
        Camera camera = new Camera("m".repeat(500), "\uD83D\uDCF7".repeat(150));
        assertThat(camera.make()).hasSize(100);
        assertThat(TextRules.length(camera.model())).isEqualTo(100);
    }

    @Test
    void hostileExifTextIsCleanedIdempotently() {
        qt().withExamples(EXAMPLES).forAll(hostile(), hostile()).checkAssert((make, model) -> {
            Camera camera = answered(() -> new Camera(make, model));
            for (String part : new String[] {camera.make(), camera.model()}) {
                if (part != null) {
                    assertThat(part).isNotEmpty().isEqualTo(part.strip());
                    assertThat(TextRules.isClean(part)).isTrue();
                    assertThat(TextRules.length(part)).isLessThanOrEqualTo(Camera.MAX_LENGTH);
                }
            }
            assertThat(new Camera(camera.make(), camera.model())).isEqualTo(camera);
        });
    }

    private static Gen<String> hostile() {
        return Generate.oneOf(HostileText.strings(), HostileText.spoiling("NIKON CORPORATION"));
    }
}
