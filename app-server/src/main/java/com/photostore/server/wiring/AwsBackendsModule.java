package com.photostore.server.wiring;

import com.photostore.server.config.ObjectStoreOrigin;
import com.photostore.server.ingest.Reconciliation;
import com.photostore.wiring.AwsAdaptersModule;
import com.photostore.wiring.AwsDeployment;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Profile {@code aws}: the server on EC2 or ECS over the deployment's AWS resources, named by the same
 * environment variables the Lambda functions read ({@link AwsDeployment}) plus the upload queue the server polls.
 * S3 delivers its events to SQS durably, so this profile runs no reconciliation pass.
 */
@Module(includes = AwsAdaptersModule.class)
public final class AwsBackendsModule {

    private AwsBackendsModule() {
    }

    @Provides
    @Singleton
    static ObjectStoreOrigin objectStoreOrigin() {
        return new ObjectStoreOrigin("https://*.amazonaws.com");
    }

    @Provides
    @Singleton
    static Optional<Reconciliation> reconciliation() {
        return Optional.empty();
    }
}
