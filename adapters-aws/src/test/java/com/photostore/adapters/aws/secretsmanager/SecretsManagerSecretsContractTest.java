package com.photostore.adapters.aws.secretsmanager;

import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.aws.testing.AwsProtocolStub;
import com.photostore.adapters.aws.testing.KeyRingSecrets;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.contract.SecretsContractTest;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The secrets contract, run against Secrets Manager's wire protocol served by the stub. */
class SecretsManagerSecretsContractTest extends SecretsContractTest {
    private static AwsProtocolStub stub;
    private static SecretsManagerClient client;

    private final Map<SecretName, String> ids = new EnumMap<>(SecretName.class);
    private final Map<SecretName, KeyRingSecrets> documents = new EnumMap<>(SecretName.class);

    @BeforeAll
    static void startStub() {
        stub = AwsProtocolStub.start();
        client = AwsClients.build(SecretsManagerClient.builder(), stub.clientSettings());
    }

    @AfterAll
    static void stopStub() {
        client.close();
        stub.close();
    }

    @Override
    protected Secrets secrets() {
        for (SecretName name : SecretName.values()) {
            String id = "photostore/test/" + name + "/" + UUID.randomUUID();
            KeyRingSecrets document = new KeyRingSecrets();
            ids.put(name, id);
            documents.put(name, document);
            stub.putSecret(id, document.json());
        }
        return new SecretsManagerSecrets(client, ids, Duration.ofSeconds(1), Instant::now);
    }

    @Override
    protected void rotate(SecretName name) {
        stub.putSecret(ids.get(name), documents.get(name).rotate().json());
    }
}
