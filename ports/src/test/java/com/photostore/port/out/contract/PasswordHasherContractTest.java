package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.user.Password;
import com.photostore.domain.user.PasswordHash;
import com.photostore.port.out.PasswordHasher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PasswordHasher} does: salted hashes that verify only their password and need no rehash. */
public abstract class PasswordHasherContractTest {
    private static final Password PASSWORD = Password.parse("correct horse battery staple");
    private static final Password OTHER = Password.parse("correct horse battery staples");

    private PasswordHasher hasher;

    /** The hasher under test, with its production parameters or cheaper ones; called once before each test. */
    protected abstract PasswordHasher hasher();

    @BeforeEach
    void setUpHasher() {
        hasher = hasher();
    }

    @Test
    void aHashVerifiesItsPasswordOnly() {
        PasswordHash hash = hasher.hash(PASSWORD);

        assertThat(hasher.verify(PASSWORD, hash)).isTrue();
        assertThat(hasher.verify(OTHER, hash)).isFalse();
    }

    @Test
    void unicodePasswordsVerify() {
        Password unicode = Password.parse("pässwörd ünïcode 日本語 😀");

        assertThat(hasher.verify(unicode, hasher.hash(unicode))).isTrue();
    }

    @Test
    void hashesAreSaltedSoTheyDifferForOnePassword() {
        PasswordHash first = hasher.hash(PASSWORD);
        PasswordHash second = hasher.hash(PASSWORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify(PASSWORD, first)).isTrue();
        assertThat(hasher.verify(PASSWORD, second)).isTrue();
    }

    @Test
    void aHashDoesNotContainItsPassword() {
        assertThat(hasher.hash(PASSWORD).encoded()).doesNotContain(PASSWORD.reveal());
    }

    @Test
    void ownHashesNeedNoRehash() {
        assertThat(hasher.needsRehash(hasher.hash(PASSWORD))).isFalse();
    }

    @Test
    void aMalformedHashVerifiesNothing() {
        assertThat(hasher.verify(PASSWORD, new PasswordHash("not a hash"))).isFalse();
    }
}
