package com.photostore.wiring;

import com.photostore.adapters.aws.s3.S3ObjectStorage;
import com.photostore.port.out.ObjectStorage;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** Originals and thumbnails in the S3 bucket: presigned upload forms and downloads, object access. */
@Module(includes = AwsDeploymentModule.class)
public final class S3Module {

    private S3Module() {
    }

    @Provides
    @Singleton
    static ObjectStorage storage(AwsDeployment aws, Backends backends) {
        S3ObjectStorage storage = S3ObjectStorage.create(aws.clientSettings(AwsService.S3), aws.bucket());
        return backends.add("S3", storage, storage::isReachable);
    }
}
