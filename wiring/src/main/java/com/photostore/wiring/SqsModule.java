package com.photostore.wiring;

import com.photostore.adapters.aws.sqs.SqsUploadQueue;
import com.photostore.port.out.UploadQueue;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** The SQS queue of upload events, which the server polls (the functions receive its messages as events). */
@Module(includes = AwsDeploymentModule.class)
public final class SqsModule {

    private SqsModule() {
    }

    @Provides
    @Singleton
    static UploadQueue queue(AwsDeployment aws, Backends backends) {
        SqsUploadQueue queue = SqsUploadQueue.create(aws.clientSettings(AwsService.SQS), aws.queueUrl());
        return backends.add("SQS", queue, () -> queue.approximateDepth() >= 0);
    }
}
