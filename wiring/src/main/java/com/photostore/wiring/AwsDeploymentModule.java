package com.photostore.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** The deployment the environment's variables name, which every AWS backend module reads its resources from. */
@Module
public final class AwsDeploymentModule {

    private AwsDeploymentModule() {
    }

    @Provides
    @Singleton
    static AwsDeployment deployment(Environment environment) {
        return new AwsDeployment(environment);
    }
}
