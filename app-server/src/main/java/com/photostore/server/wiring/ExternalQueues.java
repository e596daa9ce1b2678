package com.photostore.server.wiring;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.aws.support.AwsClients;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Creates the upload queue and its dead-letter queue on an SQS-compatible server named by {@code SQS_ENDPOINT}. */
final class ExternalQueues {
    static final int MAX_RECEIVES = 5;

    private ExternalQueues() {
    }

    /** Settings for a local SQS-compatible server, which accepts any credentials. */
    static AwsClientSettings localClientSettings(URI endpoint) {
        return AwsClientSettings.forRegion(Region.US_EAST_1).withEndpoint(endpoint,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("photostore", "photostore")));
    }

    /** Makes sure both queues exist (creating is idempotent) and returns the upload queue's URL. */
    static String ensure(URI endpoint, String uploadQueue, String deadLetterQueue) {
        try (SqsClient sqs = AwsClients.build(SqsClient.builder(), localClientSettings(endpoint))) {
            String deadLetterUrl = sqs.createQueue(b -> b.queueName(deadLetterQueue)).queueUrl();
            String deadLetterArn = sqs.getQueueAttributes(b -> b.queueUrl(deadLetterUrl)
                    .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
            String redrive = "{\"deadLetterTargetArn\":\"" + deadLetterArn + "\",\"maxReceiveCount\":\""
                    + MAX_RECEIVES + "\"}";
            return sqs.createQueue(b -> b.queueName(uploadQueue)
                    .attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, redrive))).queueUrl();
        } catch (RuntimeException e) {
            throw new IllegalStateException("the queues could not be created at SQS_ENDPOINT " + endpoint, e);
        }
    }
}
