package com.photostore.adapters.aws.sqs;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.port.out.QueueMessage;
import com.photostore.port.out.UploadQueue;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageNotInflightException;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;

/**
 * The upload queue on Amazon SQS: long-polling receives, S3 event-notification bodies both ways, and every
 * backend failure or timeout reported as {@link UnavailableException}.
 */
public final class SqsUploadQueue implements UploadQueue, AutoCloseable {
    /** The longest long poll SQS allows; longer waits are shortened to it. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(20);
    private static final long MAX_VISIBILITY_SECONDS = 43_200;
    private static final int MAX_BATCH = 10;
    private static final System.Logger LOG = System.getLogger(SqsUploadQueue.class.getName());

    private final SqsClient client;
    private final String queueUrl;
    private final AwsClientSettings settings;

    private SqsUploadQueue(SqsClient client, String queueUrl, AwsClientSettings settings) {
        this.client = client;
        this.queueUrl = queueUrl;
        this.settings = settings;
    }

    /**
     * A queue at {@code queueUrl} whose client allows a call to outlast the longest long poll, while every
     * call other than a receive keeps the timeouts of {@code settings}.
     */
    public static SqsUploadQueue create(AwsClientSettings settings, String queueUrl) {
        Objects.requireNonNull(queueUrl, "queueUrl");
        Duration attempt = MAX_WAIT.plus(settings.attemptTimeout());
        Duration call = MAX_WAIT.plus(settings.callTimeout());
        SqsClient client = AwsClients.build(SqsClient.builder(),
                settings.withTimeouts(settings.connectTimeout(), attempt, call));
        return new SqsUploadQueue(client, queueUrl, settings);
    }

    @Override
    public void publish(ObjectCreatedEvent event) {
        String body = S3EventNotifications.format(event);
        call("send a message", () -> client.sendMessage(b -> b.queueUrl(queueUrl).messageBody(body)
                .overrideConfiguration(timeouts(Duration.ZERO))));
    }

    @Override
    public List<QueueMessage> receive(int max, Duration wait) {
        if (max < 1 || max > MAX_BATCH) {
            throw new IllegalArgumentException("receive 1 to 10 messages");
        }
        Duration poll = wait.isNegative() ? Duration.ZERO : min(wait, MAX_WAIT);
        List<Message> messages = call("receive messages", () -> client.receiveMessage(b -> b.queueUrl(queueUrl)
                .maxNumberOfMessages(max)
                .waitTimeSeconds((int) poll.getSeconds())
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)
                .overrideConfiguration(timeouts(poll))).messages());
        return messages.stream().map(SqsUploadQueue::toQueueMessage).toList();
    }

    @Override
    public void acknowledge(QueueMessage message) {
        ignoringStaleHandle(() -> call("delete a message", () -> client.deleteMessage(b -> b.queueUrl(queueUrl)
                .receiptHandle(message.receiptHandle()).overrideConfiguration(timeouts(Duration.ZERO)))));
    }

    @Override
    public void extendVisibility(QueueMessage message, Duration visibility) {
        long seconds = Math.min(MAX_VISIBILITY_SECONDS, Math.max(0, (visibility.toMillis() + 999) / 1000));
        ignoringStaleHandle(() -> call("change a message's visibility", () -> client.changeMessageVisibility(
                b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()).visibilityTimeout((int) seconds)
                        .overrideConfiguration(timeouts(Duration.ZERO)))));
    }

    @Override
    public long approximateDepth() {
        String depth = call("read the queue depth", () -> client.getQueueAttributes(b -> b.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)
                .overrideConfiguration(timeouts(Duration.ZERO)))
                .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
        return depth == null ? 0 : Long.parseLong(depth);
    }

    @Override
    public void close() {
        client.close();
    }

    private static QueueMessage toQueueMessage(Message message) {
        String count = message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
        return new QueueMessage(message.messageId(), message.receiptHandle(), S3EventNotifications.parse(message.body()),
                count == null ? 1 : Integer.parseInt(count));
    }

    private AwsRequestOverrideConfiguration timeouts(Duration longPoll) {
        return AwsRequestOverrideConfiguration.builder()
                .apiCallAttemptTimeout(longPoll.plus(settings.attemptTimeout()))
                .apiCallTimeout(longPoll.plus(settings.callTimeout()))
                .build();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void ignoringStaleHandle(Runnable request) {
        try {
            request.run();
        } catch (ReceiptHandleIsInvalidException | MessageNotInflightException stale) {
            LOG.log(System.Logger.Level.DEBUG, "Ignoring a receipt handle that is no longer valid");
        }
    }

    private <T> T call(String action, Supplier<T> request) {
        try {
            return request.get();
        } catch (ReceiptHandleIsInvalidException | MessageNotInflightException stale) {
            throw stale;
        } catch (SdkClientException e) {
            throw new UnavailableException("SQS was unreachable or too slow to " + action, e);
        } catch (AwsServiceException e) {
            if (e.statusCode() >= 500 || e.isThrottlingException()) {
                throw new UnavailableException("SQS failed to " + action + " (status " + e.statusCode() + ")", e);
            }
            String code = e.awsErrorDetails() == null ? "status " + e.statusCode() : e.awsErrorDetails().errorCode();
            throw new IllegalStateException("SQS refused to " + action + " (" + code + ")", e);
        }
    }
}
