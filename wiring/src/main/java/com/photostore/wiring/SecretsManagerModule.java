package com.photostore.wiring;

import com.photostore.adapters.aws.secretsmanager.SecretsManagerSecrets;
import com.photostore.port.out.Secrets;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The key rings of access tokens and cursors in Secrets Manager, each read when first used (or prefetched by its user). */
@Module(includes = AwsClientsModule.class)
public final class SecretsManagerModule {

    private SecretsManagerModule() {
    }

    @Provides
    @Singleton
    static Secrets secrets(SecretsManagerClient client, AwsDeployment aws) {
        return new SecretsManagerSecrets(client, aws::keyRingSecret);
    }
}
