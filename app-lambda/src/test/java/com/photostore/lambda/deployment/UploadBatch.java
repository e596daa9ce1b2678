package com.photostore.lambda.deployment;

import com.photostore.adapters.aws.dynamodb.DynamoDbPhotoCatalog;
import com.photostore.adapters.aws.s3.S3ObjectStorage;
import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.common.system.MonotonicIdGenerator;
import com.photostore.adapters.common.system.SecureRandomTokens;
import com.photostore.adapters.common.system.SystemClock;
import com.photostore.application.service.DeletePhotoService;
import com.photostore.application.service.RequestUploadService;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.session.Principal;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.user.UserId;
import com.photostore.lambda.runtime.SqsEvent;
import com.photostore.port.in.RequestUploadCommand;
import com.photostore.port.in.UploadTicket;
import com.photostore.port.out.PhotoCatalog;
import com.photostore.port.out.contract.MultipartFormPost;
import com.photostore.port.out.fake.InMemorySettings;
import com.photostore.wiring.AwsDeployment;
import com.photostore.wiring.AwsService;
import com.photostore.wiring.Environment;
import com.photostore.wiring.testing.AwsProtocolStack;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Uploads through the stack as a browser does (an upload form from the real service, the file posted to the bucket,
 * S3's notification landing on the queue) and collects the queue's messages into the event the SQS event source
 * would hand TransferPhotos.
 */
final class UploadBatch implements AutoCloseable {
    private final AwsProtocolStack stack;
    private final SqsClient sqs;
    private final DynamoDbClient dynamo;
    private final PhotoCatalog catalog;
    private final S3ObjectStorage storage;
    private final RequestUploadService requestUpload;
    private final Principal owner = new Principal(new UserId(UUID.randomUUID()), SessionId.fromBytes(new byte[16]));

    UploadBatch(AwsProtocolStack stack) {
        this.stack = stack;
        AwsDeployment aws = new AwsDeployment(new Environment(stack.environment()));
        this.sqs = AwsClients.build(SqsClient.builder(), aws.clientSettings(AwsService.SQS));
        this.dynamo = AwsClients.build(DynamoDbClient.builder(), aws.clientSettings(AwsService.DYNAMODB));
        this.catalog = new DynamoDbPhotoCatalog(dynamo, aws.table());
        this.storage = S3ObjectStorage.create(aws.clientSettings(AwsService.S3), aws.bucket());
        SystemClock clock = new SystemClock();
        this.requestUpload = new RequestUploadService(catalog, storage, new MonotonicIdGenerator(clock,
                new SecureRandomTokens()), clock, new InMemorySettings());
    }

    /** The owner of the uploaded photos. */
    Principal owner() {
        return owner;
    }

    /** The catalogue the photos are recorded in. */
    PhotoCatalog catalog() {
        return catalog;
    }

    /** Records a pending photo and posts its file through the upload form. */
    PhotoId upload(String fileName, byte[] content) {
        UploadTicket ticket = requestUpload.request(owner, new RequestUploadCommand(fileName, "image/jpeg",
                (long) content.length, null, null, List.of()));
        MultipartFormPost.upload(ticket.form(), fileName, content, "image/jpeg");
        return ticket.photoId();
    }

    /** Deletes a photo as the API does. */
    void delete(PhotoId id) {
        new DeletePhotoService(catalog, storage).delete(owner, id);
    }

    /** Puts a message on the upload queue as someone else might. */
    void send(String body) {
        sqs.sendMessage(b -> b.queueUrl(stack.queues().queueUrl()).messageBody(body));
    }

    /**
     * Receives the messages whose bodies hold one of the fragments (within the limit) into one SQS event, deleting
     * the others on the way (the notifications of thumbnails an earlier ingest wrote, say).
     */
    byte[] receiveEvent(List<String> fragments, Duration limit) {
        List<Message> messages = new ArrayList<>();
        Instant deadline = Instant.now().plus(limit);
        while (messages.size() < fragments.size() && Instant.now().isBefore(deadline)) {
            for (Message message : sqs.receiveMessage(b -> b.queueUrl(stack.queues().queueUrl())
                    .maxNumberOfMessages(10).waitTimeSeconds(1)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                    .messageAttributeNames("All")).messages()) {
                if (fragments.stream().anyMatch(message.body()::contains)) {
                    messages.add(message);
                } else {
                    sqs.deleteMessage(b -> b.queueUrl(stack.queues().queueUrl()).receiptHandle(message.receiptHandle()));
                }
            }
        }
        if (messages.size() < fragments.size()) {
            throw new AssertionError("only " + messages.size() + " of " + fragments.size() + " messages arrived");
        }
        String arn = sqs.getQueueAttributes(b -> b.queueUrl(stack.queues().queueUrl())
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        return SqsEvent.build(messages, arn);
    }

    /** What the notification of a photo's posted upload holds. */
    static String uploadOf(PhotoId id) {
        return "/" + id.value();
    }

    @Override
    public void close() {
        storage.close();
        dynamo.close();
        sqs.close();
    }
}
