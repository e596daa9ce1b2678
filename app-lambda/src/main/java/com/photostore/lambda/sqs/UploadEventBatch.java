package com.photostore.lambda.sqs;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import com.photostore.adapters.aws.sqs.S3EventNotifications;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.lambda.json.EventJson;
import com.photostore.port.in.IngestOutcome;
import com.photostore.port.in.IngestUploadedObjectUseCase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ingests the S3 event notifications of an SQS batch (direct or in an SNS envelope; S3's test event is ignored)
 * with the same use case as the server's ingest workers, and answers with the ids of the messages that failed
 * ({@code ReportBatchItemFailures}): a body that is no S3 notification, or a record whose ingest threw anything, errors
 * such as {@link OutOfMemoryError} included, which never leave the handler. The event
 * source mapping deletes the others and lets the failed ones come back until the dead-letter queue takes them. An
 * event it cannot read whole, or a message without an id, fails the whole batch (an empty item identifier).
 */
public final class UploadEventBatch {
    private static final System.Logger LOG = System.getLogger(UploadEventBatch.class.getName());
    private static final String WHOLE_BATCH = "";

    private final IngestUploadedObjectUseCase ingest;

    public UploadEventBatch(IngestUploadedObjectUseCase ingest) {
        this.ingest = Objects.requireNonNull(ingest, "ingest");
    }

    /** Reads the SQS event in {@code in} and writes the batch response on {@code out}. */
    public void handle(InputStream in, OutputStream out) {
        SQSBatchResponse response;
        try {
            response = handle(EventJson.read(in, SQSEvent.class));
        } catch (InvalidInputException e) {
            LOG.log(System.Logger.Level.ERROR, "the event is not an SQS event; failing the whole batch");
            response = failures(List.of(WHOLE_BATCH));
        }
        EventJson.write(out, response);
    }

    /**
     * Runs the batch code path without a side effect, so that a SnapStart snapshot holds it loaded: a batch holding
     * the test event S3 sends when notifications are configured.
     */
    public void warmUp() {
        String event = "{\"Records\":[{\"messageId\":\"warm-up\",\"eventSource\":\"aws:sqs\",\"body\":"
                + "\"{\\\"Service\\\":\\\"Amazon S3\\\",\\\"Event\\\":\\\"s3:TestEvent\\\"}\"}]}";
        handle(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream());
    }

    /** Ingests every record and answers the ids of those that failed. */
    public SQSBatchResponse handle(SQSEvent event) {
        if (event.getRecords() == null) {
            LOG.log(System.Logger.Level.ERROR, "the event has no Records; failing the whole batch");
            return failures(List.of(WHOLE_BATCH));
        }
        List<String> failed = new ArrayList<>();
        for (SQSMessage message : event.getRecords()) {
            if (message == null || message.getMessageId() == null || message.getMessageId().isBlank()) {
                LOG.log(System.Logger.Level.ERROR, "a record has no message id; failing the whole batch");
                failed.add(WHOLE_BATCH);
            } else if (!ingested(message)) {
                failed.add(message.getMessageId());
            }
        }
        return failures(failed);
    }

    private boolean ingested(SQSMessage message) {
        Optional<List<ObjectCreatedEvent>> events = S3EventNotifications.read(message.getBody());
        if (events.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "message {0} is no S3 event notification; it stays on the queue",
                    message.getMessageId());
            return false;
        }
        for (ObjectCreatedEvent event : events.get()) {
            try {
                IngestOutcome outcome = ingest.ingest(event);
                LOG.log(System.Logger.Level.INFO, "ingested {0}: {1}", event.key(), outcome);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "ingesting " + event.key() + " of message "
                        + message.getMessageId() + " failed; it will be retried", e);
                return false;
            } catch (Throwable e) {
                LOG.log(System.Logger.Level.ERROR, "ingesting " + event.key() + " of message "
                        + message.getMessageId() + " failed with an error; it will be retried", e);
                return false;
            }
        }
        return true;
    }

    private static SQSBatchResponse failures(List<String> ids) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (String id : ids) {
            SQSBatchResponse.BatchItemFailure failure = new SQSBatchResponse.BatchItemFailure();
            failure.setItemIdentifier(id);
            failures.add(failure);
        }
        SQSBatchResponse response = new SQSBatchResponse();
        response.setBatchItemFailures(failures);
        return response;
    }
}
