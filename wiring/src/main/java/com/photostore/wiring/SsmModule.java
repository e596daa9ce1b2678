package com.photostore.wiring;

import com.photostore.adapters.aws.ssm.SsmSettings;
import com.photostore.port.out.Settings;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.ssm.SsmClient;

/** The operational settings in SSM Parameter Store. */
@Module(includes = AwsClientsModule.class)
public final class SsmModule {

    private SsmModule() {
    }

    @Provides
    @Singleton
    static Settings settings(SsmClient client, AwsDeployment aws) {
        SsmSettings settings = new SsmSettings(client, aws.settingsPrefix());
        Prefetch.inBackground("settings", settings::load);
        return settings;
    }
}
