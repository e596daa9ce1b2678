package com.photostore.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    private static final String ENCODED = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";

    @Test
    void keepsTheEncodedHash() {
        assertThat(new PasswordHash(ENCODED).encoded()).isEqualTo(ENCODED);
        assertThat(new PasswordHash(ENCODED)).isEqualTo(new PasswordHash(ENCODED));
    }

    @Test
    void blankOrMissingHashesAreRejected() {
        assertThatThrownBy(() -> new PasswordHash(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordHash(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void toStringNeverShowsTheHash() {
        assertThat(new PasswordHash(ENCODED).toString()).isEqualTo("PasswordHash[redacted]");
    }
}
