package com.photostore.domain.user;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.parsedOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.testing.Gens;
import com.photostore.domain.testing.HostileText;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class UserIdTest {

    @Test
    void canonicalTextRoundTrips() {
        qt().withExamples(EXAMPLES).forAll(uuids()).checkAssert(uuid -> {
            UserId id = new UserId(uuid);
            assertThat(UserId.parse(id.toString())).isEqualTo(id);
            assertThat(UserId.parse(id.toString().toUpperCase(Locale.ROOT))).isEqualTo(id);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "not-a-uuid-at-all-but-36-characters",
            "0-0-0-0-0", "+1234567-1234-1234-1234-123456789012", "\uFF11234567-1234-1234-1234-123456789012",
            "12345678-1234-1234-1234-1234567890123", "12345678_1234_1234_1234_123456789012"})
    void nonCanonicalTextIsInvalidInput(String text) {
        assertThatThrownBy(() -> UserId.parse(text)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("userId")));
    }

    @Test
    void hostileTextIsAUserIdOrInvalidInput() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(text -> {
            UserId parsed = parsedOrRejected(() -> UserId.parse(text));
            if (parsed != null) {
                assertThat(parsed.toString()).isEqualTo(text.toLowerCase(Locale.ROOT));
            }
        });
    }

    private static Gen<UUID> uuids() {
        return Gens.anyLong().zip(Gens.anyLong(), UUID::new);
    }

    private static Gen<String> hostile() {
        return Generate.oneOf(HostileText.strings(), HostileText.spoiling("0f8fad5b-d9cb-469f-a165-70867728950e"),
                Gens.strings(Gens.chars("0123456789abcdefABCDEF-+\uFF11\u0661"), 36, 36));
    }
}
