package com.photostore.domain.user;

import static com.photostore.domain.testing.Parsing.parsedOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.testing.HostileText;
import java.util.Locale;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdTest {

    @Property
    void canonicalTextRoundTrips(@ForAll("uuids") UUID uuid) {
        UserId id = new UserId(uuid);
        assertThat(UserId.parse(id.toString())).isEqualTo(id);
        assertThat(UserId.parse(id.toString().toUpperCase(Locale.ROOT))).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "not-a-uuid-at-all-but-36-characters",
            "0-0-0-0-0", "+1234567-1234-1234-1234-123456789012", "\uFF11234567-1234-1234-1234-123456789012",
            "12345678-1234-1234-1234-1234567890123", "12345678_1234_1234_1234_123456789012"})
    void nonCanonicalTextIsInvalidInput(String text) {
        assertThatThrownBy(() -> UserId.parse(text)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("userId")));
    }

    @Property
    void hostileTextIsAUserIdOrInvalidInput(@ForAll("hostile") String text) {
        UserId parsed = parsedOrRejected(() -> UserId.parse(text));
        if (parsed != null) {
            assertThat(parsed.toString()).isEqualTo(text.toLowerCase(Locale.ROOT));
        }
    }

    @Provide
    Arbitrary<UUID> uuids() {
        return Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()));
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(HostileText.strings(), HostileText.spoiling("0f8fad5b-d9cb-469f-a165-70867728950e"),
                Arbitraries.strings().withChars("0123456789abcdefABCDEF-+\uFF11\u0661").ofLength(36));
    }
}
