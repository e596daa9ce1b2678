package com.photostore.lambda.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An SQS event source mapping for one function, which long-polls the queue, gathers batches up to the batch size within
 * the batching window, invokes the function with each batch's event and deletes what succeeded by Lambda's partial
 * batch response rules, leaving the rest to come back after the queue's visibility timeout until its redrive policy
 * moves them to the dead-letter queue (one poller feeds the function's one environment, so batches run in turn).
 */
public final class SqsEventSource implements AutoCloseable {
    private static final int RECEIVE_LIMIT = 10;
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final SqsClient sqs;
    private final String queueUrl;
    private final String queueArn;
    private final FunctionProcess function;
    private final SqsEventSourceSettings settings;
    private final List<BatchReport> reports = new CopyOnWriteArrayList<>();
    private final List<String> pollErrors = new CopyOnWriteArrayList<>();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread poller;

    private SqsEventSource(SqsClient sqs, String queueUrl, String queueArn, FunctionProcess function,
                           SqsEventSourceSettings settings) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = queueArn;
        this.function = function;
        this.settings = settings;
        this.poller = new Thread(this::poll, "sqs-event-source-" + function.config().functionName());
        poller.setDaemon(true);
    }

    /**
     * Starts polling {@code queueUrl} for {@code function}. The client's attempt timeout must outlast the settings'
     * long-poll wait; the client stays the caller's to close.
     */
    public static SqsEventSource start(SqsClient sqs, String queueUrl, FunctionProcess function,
                                       SqsEventSourceSettings settings) {
        String queueArn = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        SqsEventSource source = new SqsEventSource(sqs, queueUrl, queueArn, function, settings);
        source.poller.start();
        return source;
    }

    /** The batches handled so far, oldest first. */
    public List<BatchReport> reports() {
        return List.copyOf(reports);
    }

    /** The errors of receives and deletes so far, oldest first. */
    public List<String> pollErrors() {
        return List.copyOf(pollErrors);
    }

    /** Stops polling after the current receive or batch, waiting at most as long as one of them can take. */
    @Override
    public void close() {
        stop.countDown();
        Duration limit = settings.pollWait().plus(settings.batchingWindow()).plus(function.config().timeout())
                .plus(FunctionProcess.INIT_LIMIT);
        try {
            poller.join(limit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void poll() {
        while (stop.getCount() > 0) {
            try {
                List<Message> batch = gather();
                if (!batch.isEmpty()) {
                    handle(batch);
                }
            } catch (SdkException | IllegalStateException e) {
                pollErrors.add(e.toString());
                pause();
            }
        }
    }

    private List<Message> gather() {
        List<Message> batch = new ArrayList<>(receive(settings.pollWait()));
        long windowEnds = System.nanoTime() + settings.batchingWindow().toNanos();
        while (!batch.isEmpty() && batch.size() < settings.batchSize() && stop.getCount() > 0) {
            Duration left = Duration.ofNanos(windowEnds - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                break;
            }
            Duration wait = left.compareTo(settings.pollWait()) < 0 ? left : settings.pollWait();
            batch.addAll(receive(Duration.ofSeconds(wait.toSeconds())));
        }
        return batch;
    }

    private List<Message> receive(Duration wait) {
        int wanted = Math.min(RECEIVE_LIMIT, settings.batchSize());
        return sqs.receiveMessage(request -> request.queueUrl(queueUrl)
                .maxNumberOfMessages(wanted)
                .waitTimeSeconds((int) wait.toSeconds())
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .messageAttributeNames("All")).messages();
    }

    private void handle(List<Message> batch) {
        Set<String> ids = new LinkedHashSet<>();
        batch.forEach(message -> ids.add(message.messageId()));
        InvocationResult result = function.invoke(SqsEvent.build(batch, queueArn));
        BatchVerdict verdict;
        if (result.failed()) {
            verdict = BatchVerdict.batchFailed("the invocation failed: " + result.outcome());
        } else if (settings.reportBatchItemFailures()) {
            verdict = BatchItemFailures.judge(result.payload(), ids);
        } else {
            verdict = BatchVerdict.allSucceeded(ids);
        }
        delete(batch, verdict.succeeded());
        reports.add(new BatchReport(List.copyOf(ids), result, verdict));
    }

    private void delete(List<Message> batch, Set<String> succeeded) {
        List<DeleteMessageBatchRequestEntry> entries = batch.stream()
                .filter(message -> succeeded.contains(message.messageId()))
                .map(message -> DeleteMessageBatchRequestEntry.builder().id(Integer.toString(batch.indexOf(message)))
                        .receiptHandle(message.receiptHandle()).build())
                .toList();
        for (int start = 0; start < entries.size(); start += RECEIVE_LIMIT) {
            List<DeleteMessageBatchRequestEntry> chunk = entries.subList(start,
                    Math.min(entries.size(), start + RECEIVE_LIMIT));
            sqs.deleteMessageBatch(request -> request.queueUrl(queueUrl).entries(chunk)).failed()
                    .forEach(failure -> pollErrors.add("delete failed: " + failure));
        }
    }

    private void pause() {
        try {
            stop.await(RETRY_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.countDown();
        }
    }
}
