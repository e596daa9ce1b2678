package com.photostore.lambda.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.adapters.aws.sqs.S3EventNotifications;
import com.photostore.adapters.aws.testing.AwsSampleEvents;
import com.photostore.application.service.DeletePhotoService;
import com.photostore.application.service.IngestUploadedObjectService;
import com.photostore.application.service.RequestUploadService;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoObjectKeys;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.domain.session.Principal;
import com.photostore.domain.session.SessionId;
import com.photostore.domain.user.UserId;
import com.photostore.port.in.RequestUploadCommand;
import com.photostore.port.in.UploadTicket;
import com.photostore.port.out.fake.Fakes;
import com.photostore.port.out.fake.ImageSignatures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The TransferPhotos batch over the real ingest service and in-memory fakes, in the test JVM. */
class UploadEventBatchTest {
    private final Fakes fakes = new Fakes();
    private final AtomicReference<ObjectCreatedEvent> lastEvent = new AtomicReference<>();
    private final RequestUploadService requestUpload = new RequestUploadService(fakes.catalog(), fakes.storage(),
            fakes.ids(), fakes.clock(), fakes.settings());
    private final UploadEventBatch batch = new UploadEventBatch(new IngestUploadedObjectService(fakes.catalog(),
            fakes.storage(), fakes.images(), fakes.settings(), fakes.securityEvents()));
    private final Principal alice = new Principal(new UserId(UUID.randomUUID()), SessionId.fromBytes(new byte[16]));

    UploadEventBatchTest() {
        fakes.storage().onObjectCreated(lastEvent::set);
    }

    @Test
    void aBatchOfTenWithTwoPoisonRecordsReportsExactlyThoseTwo() {
        List<SQSMessage> records = new ArrayList<>();
        List<PhotoId> photos = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            photos.add(upload("photo-" + i));
            records.add(message("m" + i, S3EventNotifications.format(lastEvent.get())));
        }
        records.add(4, message("poison-text", "this is not an S3 notification"));
        records.add(message("poison-json", AwsSampleEvents.read("sqs_event.json")));

        SQSBatchResponse response = batch.handle(event(records));

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactlyInAnyOrder("poison-text", "poison-json");
        assertThat(photos).allSatisfy(id -> assertThat(status(id)).isEqualTo(PhotoStatus.READY));
    }

    @Test
    void aBatchDeliveredTwiceHasOneEffect() {
        PhotoId id = upload("twice");
        SQSEvent event = event(List.of(message("m1", S3EventNotifications.format(lastEvent.get()))));

        assertThat(batch.handle(event).getBatchItemFailures()).isEmpty();
        var first = fakes.catalog().find(alice.userId(), id).orElseThrow();
        assertThat(batch.handle(event).getBatchItemFailures()).isEmpty();

        assertThat(fakes.catalog().find(alice.userId(), id)).contains(first);
        assertThat(fakes.catalog().size()).isEqualTo(1);
    }

    @Test
    void aPhotoDeletedBeforeItsEventStaysDeleted() {
        PhotoId id = upload("deleted");
        String body = S3EventNotifications.format(lastEvent.get());
        new DeletePhotoService(fakes.catalog(), fakes.storage()).delete(alice, id);
        fakes.storage().put(PhotoObjectKeys.of(alice.userId(), id).original(),
                ImageSignatures.fileOf(ContentType.JPEG, new byte[] {1}), "image/jpeg", Map.of());

        assertThat(batch.handle(event(List.of(message("late", body)))).getBatchItemFailures()).isEmpty();

        assertThat(fakes.catalog().find(alice.userId(), id)).isEmpty();
        assertThat(fakes.storage().keys()).isEmpty();
    }

    @Test
    void theS3TestEventAndOtherEventsAreDoneWithAndAMissingIdFailsTheWholeBatch() {
        SQSMessage test = message("test", "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"b\"}");
        SQSMessage removed = message("removed", AwsSampleEvents.read("s3_event.json")
                .replace("ObjectCreated:Put", "ObjectRemoved:Delete"));
        SQSMessage anonymous = message(null, "{}");

        assertThat(batch.handle(event(List.of(test, removed))).getBatchItemFailures()).isEmpty();
        assertThat(batch.handle(event(List.of(test, anonymous))).getBatchItemFailures())
                .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier).containsExactly("");
    }

    @Test
    void anEventThatIsNoSqsEventFailsTheWholeBatch() throws IOException {
        for (String event : List.of("", "[]", "not json", "{}", "{\"Records\":\"x\"}")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            batch.handle(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out);
            JsonNode response = new ObjectMapper().readTree(out.toByteArray());
            assertThat(response.get("batchItemFailures")).as(event).hasSize(1);
            assertThat(response.get("batchItemFailures").get(0).get("itemIdentifier").asText()).isEmpty();
        }
    }

    @Test
    void theAwsSampleSqsEventIsReadAndItsBodyReportedAsNoS3Notification() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        batch.handle(new ByteArrayInputStream(AwsSampleEvents.read("sqs_event.json").getBytes(StandardCharsets.UTF_8)),
                out);

        JsonNode response = new ObjectMapper().readTree(out.toByteArray());
        assertThat(response.get("batchItemFailures").get(0).get("itemIdentifier").asText())
                .isEqualTo("d9144555-9a4f-4ec3-99a0-fc4e625a8db2");
    }

    @Test
    void aRecordWhoseIngestThrowsAnErrorIsReportedAsAFailureAndTheOthersAreIngested() {
        IngestUploadedObjectService service = new IngestUploadedObjectService(fakes.catalog(), fakes.storage(),
                fakes.images(), fakes.settings(), fakes.securityEvents());
        PhotoId bomb = upload("bomb");
        String bombKey = lastEvent.get().key();
        SQSMessage bombMessage = message("bomb", S3EventNotifications.format(lastEvent.get()));
        PhotoId after = upload("after");
        SQSMessage afterMessage = message("after", S3EventNotifications.format(lastEvent.get()));
        UploadEventBatch failing = new UploadEventBatch(event -> {
            if (event.key().equals(bombKey)) {
                throw new OutOfMemoryError("Java heap space");
            }
            return service.ingest(event);
        });

        SQSBatchResponse response = failing.handle(event(List.of(bombMessage, afterMessage)));

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("bomb");
        assertThat(status(bomb)).isEqualTo(PhotoStatus.PENDING);
        assertThat(status(after)).isEqualTo(PhotoStatus.READY);
    }

    @Test
    void warmingUpTouchesNoBackend() {
        batch.warmUp();

        assertThat(fakes.catalog().size()).isZero();
        assertThat(fakes.storage().keys()).isEmpty();
    }

    private PhotoId upload(String name) {
        byte[] content = ImageSignatures.fileOf(ContentType.JPEG, name.getBytes(StandardCharsets.UTF_8));
        UploadTicket ticket = requestUpload.request(alice, new RequestUploadCommand(name + ".jpg", "image/jpeg",
                (long) content.length, null, null, List.of()));
        fakes.storage().acceptUpload(ticket.form(), content);
        return ticket.photoId();
    }

    private PhotoStatus status(PhotoId id) {
        return fakes.catalog().find(alice.userId(), id).orElseThrow().status();
    }

    private static SQSMessage message(String id, String body) {
        SQSMessage message = new SQSMessage();
        message.setMessageId(id);
        message.setBody(body);
        message.setEventSource("aws:sqs");
        return message;
    }

    private static SQSEvent event(List<SQSMessage> records) {
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }
}
