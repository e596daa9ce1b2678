package com.photostore.wiring;

import com.photostore.adapters.aws.secretsmanager.SecretsManagerSecrets;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.util.Map;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The key rings of access tokens and cursors in Secrets Manager. */
@Module(includes = AwsClientsModule.class)
public final class SecretsManagerModule {

    private SecretsManagerModule() {
    }

    @Provides
    @Singleton
    static Secrets secrets(SecretsManagerClient client, AwsDeployment aws) {
        Map<SecretName, String> secrets = aws.keyRingSecrets();
        SecretsManagerSecrets keyRings = new SecretsManagerSecrets(client, secrets);
        secrets.keySet().forEach(name -> Prefetch.inBackground("key ring " + name, () -> keyRings.keyRing(name)));
        return keyRings;
    }
}
