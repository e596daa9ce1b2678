package com.photostore.domain.photo;

import static com.photostore.domain.testing.Parsing.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.domain.testing.HostileText;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PhotoIdTest {

    private static final long MAX_MILLIS = (1L << 48) - 1;

    @Property
    void epochMillisRoundTrip(@ForAll @LongRange(min = 0, max = MAX_MILLIS) long millis,
                              @ForAll @Size(10) byte[] random) {
        PhotoId id = PhotoId.of(millis, random);
        assertThat(id.epochMillis()).isEqualTo(millis);
        assertThat(id.value()).hasSize(26).matches("[0-7][0-9abcdefghjkmnpqrstvwxyz]{25}");
        assertThat(PhotoId.tryParse(id.value())).contains(id);
    }

    @Property
    void idsOfLaterMillisSortAfter(@ForAll @LongRange(min = 0, max = MAX_MILLIS) long earlier,
                                   @ForAll @LongRange(min = 1, max = MAX_MILLIS) long gap,
                                   @ForAll @Size(10) byte[] randomA, @ForAll @Size(10) byte[] randomB) {
        long later = Math.min(MAX_MILLIS, earlier + gap);
        PhotoId first = PhotoId.of(earlier, randomA);
        PhotoId second = PhotoId.of(later, randomB);
        if (later > earlier) {
            assertThat(first).isLessThan(second);
            assertThat(first.value()).isLessThan(second.value());
        }
    }

    @Property
    void sameMillisOrderByTheRandomBytesAsUnsignedNumbers(@ForAll @Size(10) byte[] a, @ForAll @Size(10) byte[] b) {
        int byId = Integer.signum(PhotoId.of(1_700_000_000_000L, a).compareTo(PhotoId.of(1_700_000_000_000L, b)));
        assertThat(byId).isEqualTo(Integer.signum(Arrays.compareUnsigned(a, b)));
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

    @Property
    void hostileTextIsAnIdOrEmptyNeverAnException(@ForAll("hostile") String text) {
        Optional<PhotoId> parsed = answered(() -> PhotoId.tryParse(text));
        parsed.ifPresent(id -> {
            assertThat(id.value()).isEqualTo(text);
            assertThat(id.epochMillis()).isBetween(0L, MAX_MILLIS);
        });
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(HostileText.strings(), HostileText.spoiling("01hzy3m5k8q9w2e4r6t7y8v9j0"),
                Arbitraries.strings().withChars("0123456789abcdefghjkmnpqrstvwxyzILOU\u0430").ofLength(26));
    }
}
