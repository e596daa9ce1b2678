package com.photostore.domain.photo;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.testing.Gens;
import com.photostore.domain.testing.HostileText;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PhotoIdTest {

    private static final long MAX_MILLIS = (1L << 48) - 1;

    @Test
    void epochMillisRoundTrip() {
        qt().withExamples(EXAMPLES).forAll(Gens.longs(0, MAX_MILLIS), Gens.bytes(10)).checkAssert((millis, random) -> {
            PhotoId id = PhotoId.of(millis, random);
            assertThat(id.epochMillis()).isEqualTo(millis);
            assertThat(id.value()).hasSize(26).matches("[0-7][0-9abcdefghjkmnpqrstvwxyz]{25}");
            assertThat(PhotoId.tryParse(id.value())).contains(id);
        });
    }

    @Test
    void idsOfLaterMillisSortAfter() {
        qt().withExamples(EXAMPLES).forAll(Gens.longs(0, MAX_MILLIS), Gens.longs(1, MAX_MILLIS), Gens.bytes(10), Gens.bytes(10))
                .checkAssert((earlier, gap, randomA, randomB) -> {
            long later = Math.min(MAX_MILLIS, earlier + gap);
            PhotoId first = PhotoId.of(earlier, randomA);
            PhotoId second = PhotoId.of(later, randomB);
            if (later > earlier) {
                assertThat(first).isLessThan(second);
                assertThat(first.value()).isLessThan(second.value());
            }
        });
    }

    @Test
    void sameMillisOrderByTheRandomBytesAsUnsignedNumbers() {
        qt().withExamples(EXAMPLES).forAll(Gens.bytes(10), Gens.bytes(10)).checkAssert((a, b) -> {
            int byId = Integer.signum(PhotoId.of(1_700_000_000_000L, a).compareTo(PhotoId.of(1_700_000_000_000L, b)));
            assertThat(byId).isEqualTo(Integer.signum(Arrays.compareUnsigned(a, b)));
        });
    }

    @Test
    void knownEncodingMatchesTheUlidLayout() {
        byte[] random = new byte[10];
        assertThat(PhotoId.of(0, random).value()).isEqualTo("0".repeat(26));
        byte[] ones = new byte[10];
        Arrays.fill(ones, (byte) 0xFF);
        assertThat(PhotoId.of(MAX_MILLIS, ones).value()).isEqualTo("7" + "z".repeat(25));
    }

    @Test
    void outOfRangeTimesAndWrongRandomLengthsAreRejected() {
        assertThatThrownBy(() -> PhotoId.of(-1, new byte[10])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhotoId.of(1L << 48, new byte[10])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhotoId.of(0, new byte[9])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tryParseRefusesAnythingButTheCanonicalForm() {
        String valid = PhotoId.of(1_700_000_000_000L, new byte[10]).value();
        assertThat(PhotoId.tryParse(valid.toUpperCase(Locale.ROOT))).isEmpty();
        assertThat(PhotoId.tryParse("8" + valid.substring(1))).isEmpty();
        assertThat(PhotoId.tryParse(valid.substring(1))).isEmpty();
        assertThat(PhotoId.tryParse(valid.substring(0, 25) + "u")).isEmpty();
        assertThat(PhotoId.tryParse(valid.substring(0, 25) + "i")).isEmpty();
        assertThat(PhotoId.tryParse(null)).isEmpty();
        assertThatThrownBy(() -> new PhotoId(valid + "0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostileTextIsAnIdOrEmptyNeverAnException() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(text -> {
            Optional<PhotoId> parsed = answered(() -> PhotoId.tryParse(text));
            parsed.ifPresent(id -> {
                assertThat(id.value()).isEqualTo(text);
                assertThat(id.epochMillis()).isBetween(0L, MAX_MILLIS);
            });
        });
    }

    private static Gen<String> hostile() {
        return Generate.oneOf(HostileText.strings(), HostileText.spoiling("01hzy3m5k8q9w2e4r6t7y8v9j0"),
                Gens.strings(Gens.chars("0123456789abcdefghjkmnpqrstvwxyzILOU\u0430"), 26, 26));
    }
}
