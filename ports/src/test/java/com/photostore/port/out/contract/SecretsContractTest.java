package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.photostore.port.out.KeyRing;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.SigningKey;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Secrets} does: a stable key ring per secret, distinct secrets, and rotations seen in time. */
public abstract class SecretsContractTest {
    private Secrets secrets;

    /** The secrets under test; called once before each test. */
    protected abstract Secrets secrets();

    /** Rotates a secret in the backing store: a new current key, the old current one kept as previous. */
    protected abstract void rotate(SecretName name);

    /** How long a changed secret may take to be seen (the implementation's cache lifetime, and some). */
    protected Duration refreshWithin() {
        return Duration.ofSeconds(5);
    }

    @BeforeEach
    void setUpSecrets() {
        secrets = secrets();
    }

    @Test
    void everySecretHasAKeyRingWithDistinctIds() {
        for (SecretName name : SecretName.values()) {
            KeyRing ring = secrets.keyRing(name);

            assertThat(ring.current().secret()).hasSizeGreaterThanOrEqualTo(SigningKey.MIN_BYTES);
            assertThat(ring.find(ring.current().id())).contains(ring.current());
        }
    }

    @Test
    void aKeyRingStaysTheSameUntilRotated() {
        for (SecretName name : SecretName.values()) {
            assertThat(secrets.keyRing(name)).isEqualTo(secrets.keyRing(name));
        }
    }

    @Test
    void differentSecretsHaveDifferentKeys() {
        byte[] access = secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS).current().secret();
        byte[] cursor = secrets.keyRing(SecretName.CURSOR_KEYS).current().secret();

        assertThat(Arrays.equals(access, cursor)).isFalse();
    }

    @Test
    void aRotationMakesANewKeyCurrentAndKeepsTheOldOne() {
        KeyRing before = secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS);
        KeyRing cursorsBefore = secrets.keyRing(SecretName.CURSOR_KEYS);

        rotate(SecretName.ACCESS_TOKEN_KEYS);

        await().atMost(refreshWithin()).until(() ->
                !secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS).current().equals(before.current()));
        KeyRing after = secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS);
        assertThat(after.find(before.current().id())).contains(before.current());
        assertThat(after.current().id()).isNotEqualTo(before.current().id());
        assertThat(secrets.keyRing(SecretName.CURSOR_KEYS)).isEqualTo(cursorsBefore);
    }
}
