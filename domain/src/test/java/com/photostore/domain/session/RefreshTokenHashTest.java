package com.photostore.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RefreshTokenHashTest {

    @Test
    void acceptsSixtyFourLowerCaseHexDigits() {
        String hex = "0123456789abcdef".repeat(4);
        assertThat(new RefreshTokenHash(hex).hex()).isEqualTo(hex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0"})
    void anythingElseIsRejected(String hex) {
        assertThatThrownBy(() -> new RefreshTokenHash(hex)).isInstanceOf(IllegalArgumentException.class);
    }
}
