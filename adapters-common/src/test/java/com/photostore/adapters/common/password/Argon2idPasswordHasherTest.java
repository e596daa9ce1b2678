package com.photostore.adapters.common.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.domain.user.Password;
import com.photostore.domain.user.PasswordHash;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2idPasswordHasherTest {
    private static final Password HORSE = Password.parse("correct horse battery staple");
    private static final Password UNICODE = Password.parse("p\u00e4ssw\u00f6rd \uD83D\uDD11 \u00fcn\u00efcode");
    /** Made by the reference implementation: {@code argon2 saltsaltsaltsalt -id -k 19456 -t 2 -p 1 -l 32 -e}. */
    private static final PasswordHash REFERENCE_HORSE =
            new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM");
    private static final PasswordHash REFERENCE_UNICODE =
            new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$QUJDREVGR0hJSktMTU5PUA$jmsqVYNo0WTJOgbZUDDai+CycyXxe4hIwt3u/tbBFAM");
    private static final PasswordHash REFERENCE_WEAK_TWO_LANES =
            new PasswordHash("$argon2id$v=19$m=4096,t=3,p=2$QUJDREVGR0hJSktMTU5PUA$kHLoC42oGRJwkDG4XO6NK7v+ry8rjkaoPtUuNcPYtVA");

    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();

    @Test
    void encodesTheMinimumCostSaltAndTagAsAPhcString() {
        String encoded = hasher.hash(HORSE).encoded();

        assertThat(encoded).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.verify(HORSE, new PasswordHash(encoded))).isTrue();
        assertThat(hasher.needsRehash(new PasswordHash(encoded))).isFalse();
    }

    @Test
    void saltsEveryHashAfresh() {
        assertThat(hasher.hash(HORSE).encoded()).isNotEqualTo(hasher.hash(HORSE).encoded());
    }

    @Test
    void verifiesHashesOfTheReferenceImplementation() {
        assertThat(hasher.verify(HORSE, REFERENCE_HORSE)).isTrue();
        assertThat(hasher.verify(UNICODE, REFERENCE_UNICODE)).isTrue();
        assertThat(hasher.verify(HORSE, REFERENCE_WEAK_TWO_LANES)).isTrue();
        assertThat(hasher.verify(UNICODE, REFERENCE_HORSE)).isFalse();
    }

    @Test
    void rejectsAnotherPassword() {
        PasswordHash hash = hasher.hash(HORSE);

        assertThat(hasher.verify(Password.parse("correct horse battery stapler"), hash)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not a hash",
        "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
        "$argon2id$v=16$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
        "$argon2id$v=19$m=19456,t=0,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
        "$argon2id$v=19$m=4,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
        "$argon2id$v=19$m=99999999999,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
        "$argon2id$v=19$m=19456,t=2$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGc",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA==$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdB$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM$",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN-Y0HVPNaBqykOVLUxlMkZycXE1uWRM"
    })
    void answersFalseForMalformedHashesAndAsksToReplaceThem(String encoded) {
        PasswordHash malformed = new PasswordHash(encoded);

        assertThat(hasher.verify(HORSE, malformed)).isFalse();
        assertThat(hasher.needsRehash(malformed)).isTrue();
    }

    @Test
    void asksToRehashWhatWasMadeAtALowerCost() {
        Argon2idPasswordHasher stronger = new Argon2idPasswordHasher(new Argon2idParameters(24_576, 2, 1), new SecureRandom());
        PasswordHash current = hasher.hash(HORSE);

        assertThat(hasher.needsRehash(REFERENCE_WEAK_TWO_LANES)).isTrue();
        assertThat(stronger.needsRehash(current)).isTrue();
        assertThat(stronger.verify(HORSE, current)).isTrue();
        assertThat(hasher.needsRehash(stronger.hash(HORSE))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "c2FsdHNhbHQ, QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM",
        "c2FsdHNhbHRzYWx0c2FsdA, QKHrg5tayLGcN+Y0HVPNaA"
    })
    void asksToRehashAShorterSaltOrTag(String salt, String tag) {
        assertThat(hasher.needsRehash(new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + tag))).isTrue();
    }

    @Test
    void refusesACostBelowTheMinimum() {
        SecureRandom random = new SecureRandom();

        assertThatThrownBy(() -> new Argon2idPasswordHasher(new Argon2idParameters(19_455, 2, 1), random))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2idPasswordHasher(new Argon2idParameters(65_536, 1, 1), random))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverPrintsTheHashMaterial() {
        PhcArgon2idHash parsed = PhcArgon2idHash.parse(REFERENCE_HORSE.encoded()).orElseThrow();

        assertThat(parsed.toString()).doesNotContain("c2FsdHNhbHRzYWx0c2FsdA", "QKHrg5tayLGc");
        assertThat(parsed.format()).isEqualTo(REFERENCE_HORSE.encoded());
    }
}
