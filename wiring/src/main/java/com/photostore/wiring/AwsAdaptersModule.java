package com.photostore.wiring;

import dagger.Module;

/**
 * Every out port over the deployment's AWS resources (the server's profile {@code aws} uses them all; a Lambda
 * function's component includes only the modules of the backends it reaches).
 */
@Module(includes = {DynamoDbModule.class, S3Module.class, SqsModule.class, SecretsManagerModule.class, SsmModule.class,
    RdsModule.class, ElastiCacheModule.class})
public final class AwsAdaptersModule {

    private AwsAdaptersModule() {
    }
}
