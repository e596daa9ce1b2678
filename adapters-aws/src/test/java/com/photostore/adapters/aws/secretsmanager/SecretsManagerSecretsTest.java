package com.photostore.adapters.aws.secretsmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.aws.testing.AwsProtocolStub;
import com.photostore.adapters.aws.testing.KeyRingSecrets;
import com.photostore.domain.error.UnavailableException;
import com.photostore.port.out.KeyRing;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.fake.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Caching, rotation, failures and the secret format of the Secrets Manager adapter, against the stub. */
class SecretsManagerSecretsTest {
    private static final Duration TTL = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock();
    private final Map<SecretName, String> ids = new EnumMap<>(SecretName.class);
    private final Map<SecretName, KeyRingSecrets> documents = new EnumMap<>(SecretName.class);
    private AwsProtocolStub stub;
    private SecretsManagerClient client;
    private SecretsManagerSecrets secrets;

    @BeforeEach
    void start() {
        stub = AwsProtocolStub.start();
        client = AwsClients.build(SecretsManagerClient.builder(), stub.clientSettings());
        for (SecretName name : SecretName.values()) {
            ids.put(name, "photostore/" + name);
            documents.put(name, new KeyRingSecrets());
            stub.putSecret(ids.get(name), documents.get(name).json());
        }
        secrets = new SecretsManagerSecrets(client, ids, TTL, clock);
    }

    @AfterEach
    void stop() {
        client.close();
        stub.close();
    }

    @Test
    void aThousandConcurrentReadsMakeOneBackendCall() throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<KeyRing>> reads = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                reads.add(() -> secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS));
            }
            List<KeyRing> rings = new ArrayList<>();
            for (Future<KeyRing> ring : readers.invokeAll(reads)) {
                rings.add(ring.get());
            }

            assertThat(rings).hasSize(1_000).allMatch(rings.get(0)::equals);
            assertThat(stub.count("GetSecretValue")).isEqualTo(1);
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void aRotatedSecretIsPickedUpOnlyAfterTheTimeToLive() {
        KeyRing before = secrets.keyRing(SecretName.CURSOR_KEYS);
        stub.putSecret(ids.get(SecretName.CURSOR_KEYS), documents.get(SecretName.CURSOR_KEYS).rotate().json());

        clock.advance(TTL.minusSeconds(1));
        assertThat(secrets.keyRing(SecretName.CURSOR_KEYS)).isEqualTo(before);

        clock.advance(Duration.ofSeconds(1));
        KeyRing after = secrets.keyRing(SecretName.CURSOR_KEYS);
        assertThat(after.current()).isNotEqualTo(before.current());
        assertThat(after.previous()).containsExactly(before.current());
        assertThat(stub.count("GetSecretValue")).isEqualTo(2);
    }

    @Test
    void theStaleRingIsServedWhileTheBackendFailsAndReplacedWhenItRecovers() {
        KeyRing before = secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS);
        stub.putSecret(ids.get(SecretName.ACCESS_TOKEN_KEYS), documents.get(SecretName.ACCESS_TOKEN_KEYS).rotate().json());
        stub.failing(true);
        clock.advance(TTL.plusSeconds(1));

        assertThat(secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS)).isEqualTo(before);
        long callsWhileFailing = stub.count("GetSecretValue");
        assertThat(callsWhileFailing).isGreaterThan(1);
        assertThat(secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS)).isEqualTo(before);
        assertThat(stub.count("GetSecretValue")).as("no new attempt before the retry delay").isEqualTo(callsWhileFailing);

        stub.failing(false);
        clock.advance(Duration.ofMinutes(1));
        assertThat(secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS).current()).isNotEqualTo(before.current());
    }

    @Test
    void anUnreachableEndpointIsUnavailableQuicklyOnFirstLoad() {
        stub.close();
        long started = System.nanoTime();

        assertThatThrownBy(() -> secrets.keyRing(SecretName.ACCESS_TOKEN_KEYS))
                .isInstanceOf(UnavailableException.class)
                .hasMessageContaining(ids.get(SecretName.ACCESS_TOKEN_KEYS));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aMissingSecretIsAConfigurationError() {
        SecretsManagerSecrets missing = new SecretsManagerSecrets(client,
                Map.of(SecretName.ACCESS_TOKEN_KEYS, "absent", SecretName.CURSOR_KEYS, "absent-too"), TTL, clock);

        assertThatThrownBy(() -> missing.keyRing(SecretName.ACCESS_TOKEN_KEYS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("absent")
                .hasMessageContaining("ResourceNotFoundException");
    }

    @Test
    void aMalformedSecretIsRefusedWithoutShowingItsContent() {
        String shortKey = Base64.getEncoder().encodeToString("sixteen byte key".getBytes());
        stub.putSecret(ids.get(SecretName.CURSOR_KEYS), "{\"current\":{\"kid\":\"k1\",\"key\":\"" + shortKey + "\"}}");

        assertThatThrownBy(() -> secrets.keyRing(SecretName.CURSOR_KEYS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shorter than 32 bytes")
                .hasMessageNotContaining(shortKey);
    }

    @Test
    void aSecretWithoutPreviousKeysIsARingOfOne() {
        String key = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes());
        stub.putSecret(ids.get(SecretName.CURSOR_KEYS), "{\"current\":{\"kid\":\"only\",\"key\":\"" + key + "\"}}");

        KeyRing ring = secrets.keyRing(SecretName.CURSOR_KEYS);

        assertThat(ring.current().id()).isEqualTo("only");
        assertThat(ring.current().secret()).isEqualTo(Base64.getDecoder().decode(key));
        assertThat(ring.previous()).isEmpty();
    }

    @Test
    void aSecretNameWithoutASecretIdIsAConfigurationErrorWhenUsed() {
        SecretsManagerSecrets cursorsOnly = new SecretsManagerSecrets(client, Map.of(SecretName.CURSOR_KEYS, "x"), TTL,
                clock);
        int before = stub.requests().size();

        assertThatThrownBy(() -> cursorsOnly.keyRing(SecretName.ACCESS_TOKEN_KEYS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ACCESS_TOKEN_KEYS");
        assertThat(stub.requests()).hasSize(before);
    }
}
