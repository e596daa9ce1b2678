package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.photostore.domain.encoding.Base64Url;
import com.photostore.port.out.RandomTokens;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link RandomTokens} does: exactly as many bytes as asked, never repeating, evenly spread. */
public abstract class RandomTokensContractTest {
    private RandomTokens random;

    /** The source under test; called once before each test. */
    protected abstract RandomTokens random();

    @BeforeEach
    void setUpRandom() {
        random = random();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 10, 16, 32, 1000})
    void givesAsManyBytesAsAsked(int count) {
        assertThat(random.bytes(count)).hasSize(count);
    }

    @Test
    void tokensNeverRepeat() {
        assertThat(IntStream.range(0, 10_000).mapToObj(i -> Base64Url.encode(random.bytes(32)))).doesNotHaveDuplicates();
    }

    @Test
    void bitsAndByteValuesAreEvenlySpread() {
        byte[] bytes = random.bytes(1 << 16);
        int[] counts = new int[256];
        long ones = 0;
        for (byte b : bytes) {
            counts[b & 0xFF]++;
            ones += Integer.bitCount(b & 0xFF);
        }

        assertThat(counts).doesNotContain(0);
        assertThat(ones / (8.0 * bytes.length)).isCloseTo(0.5, within(0.01));
    }
}
