package com.photostore.wiring;

import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.aws.support.DeploymentValues;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** The Secrets Manager and SSM clients, which the key rings, the settings and the database and cache lookups share. */
@Module(includes = AwsDeploymentModule.class)
public final class AwsClientsModule {

    private AwsClientsModule() {
    }

    @Provides
    @Singleton
    static SecretsManagerClient secretsManager(AwsDeployment aws, Backends backends) {
        SecretsManagerClient client = AwsClients.build(SecretsManagerClient.builder(),
                aws.clientSettings(AwsService.SECRETS_MANAGER));
        return backends.add("Secrets Manager", client, () -> true);
    }

    @Provides
    @Singleton
    static SsmClient ssm(AwsDeployment aws, Backends backends) {
        SsmClient client = AwsClients.build(SsmClient.builder(), aws.clientSettings(AwsService.SSM));
        return backends.add("SSM", client, () -> true);
    }

    @Provides
    @Singleton
    static DeploymentValues deploymentValues(SecretsManagerClient secrets, SsmClient parameters) {
        return new DeploymentValues(secrets, parameters);
    }
}
