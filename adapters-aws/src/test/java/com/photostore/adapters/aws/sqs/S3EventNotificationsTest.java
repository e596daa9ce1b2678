package com.photostore.adapters.aws.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.photostore.adapters.aws.testing.AwsSampleEvents;
import com.photostore.domain.photo.ObjectCreatedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class S3EventNotificationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectCreatedEvent SAMPLE = new ObjectCreatedEvent("example-bucket", "test/key", 1024,
            "0123456789abcdef0123456789abcdef", "0A1B2C3D4E5F678901", Instant.EPOCH);

    private final Logger logger = Logger.getLogger(S3EventNotifications.class.getName());
    private final List<LogRecord> reports = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            reports.add(logRecord);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            reports.clear();
        }
    };

    @BeforeEach
    void captureReports() {
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseReports() {
        logger.removeHandler(capture);
    }

    @Test
    void theAwsSampleS3EventYieldsItsRecord() {
        assertThat(S3EventNotifications.parse(AwsSampleEvents.read("s3_event.json"))).containsExactly(SAMPLE);
        assertThat(reports).isEmpty();
    }

    @Test
    void theAwsSampleS3EventInsideAnSnsEnvelopeYieldsTheSameRecord() {
        String envelope = snsEnvelope(AwsSampleEvents.read("s3_event.json"));

        assertThat(S3EventNotifications.parse(envelope)).containsExactly(SAMPLE);
    }

    @Test
    void theBodyOfAnS3NotificationDeliveredAsAnSqsLambdaRecordYieldsItsRecord() throws Exception {
        JsonNode sqsEvent = JSON.readTree(AwsSampleEvents.read("sqs_event.json"));
        ObjectNode record = (ObjectNode) sqsEvent.get("Records").get(0);
        record.put("body", AwsSampleEvents.read("s3_event.json"));

        assertThat(S3EventNotifications.parse(record.get("body").asText())).containsExactly(SAMPLE);
    }

    @Test
    void theAwsSampleSqsBodiesAreNoS3NotificationsAndAreReported() throws Exception {
        JsonNode records = JSON.readTree(AwsSampleEvents.read("sqs_event.json")).get("Records");
        assertThat(records).isNotEmpty();

        for (JsonNode record : records) {
            assertThat(S3EventNotifications.parse(record.get("body").asText())).isEmpty();
        }
        assertThat(reports).hasSize(records.size()).allSatisfy(r -> assertThat(r.getLevel()).isEqualTo(Level.WARNING));
    }

    @Test
    void recordsOtherThanObjectCreatedAreIgnoredQuietly() {
        assertThat(S3EventNotifications.parse(AwsSampleEvents.read("sam_S3Delete.json"))).isEmpty();
        assertThat(reports).isEmpty();
    }

    @Test
    void onlyTheObjectCreatedRecordsOfAMixedNotificationAreKept() {
        String body = """
                {"Records":[
                  {"eventName":"ObjectRemoved:Delete","eventTime":"2026-11-26T07:00:00.000Z",
                   "s3":{"bucket":{"name":"photos"},"object":{"key":"users/u1/originals/old.jpg","sequencer":"01"}}},
                  {"eventName":"ObjectCreated:Post","eventTime":"2026-11-26T07:00:01.250Z",
                   "s3":{"bucket":{"name":"photos"},"object":{"key":"users/u1/originals/new.jpg","size":5,
                   "eTag":"e","sequencer":"02"}}}]}""";

        assertThat(S3EventNotifications.parse(body)).containsExactly(new ObjectCreatedEvent("photos",
                "users/u1/originals/new.jpg", 5, "e", "02", Instant.parse("2026-11-26T07:00:01.250Z")));
    }

    @Test
    void formEncodedKeysAreDecodedWithPlusMeaningSpace() {
        String body = notification("users/u1/originals/my+photo%C3%A9.jpg");

        assertThat(S3EventNotifications.parse(body)).singleElement()
                .satisfies(e -> assertThat(e.key()).isEqualTo("users/u1/originals/my photo\u00e9.jpg"));
    }

    @Test
    void anEncodedPlusStaysAPlus() {
        String body = notification("users/u1/originals/1%2B1%3D2.jpg");

        assertThat(S3EventNotifications.parse(body)).singleElement()
                .satisfies(e -> assertThat(e.key()).isEqualTo("users/u1/originals/1+1=2.jpg"));
    }

    @Test
    void aFormattedEventEncodesItsKeyAsS3DoesAndParsesBackUnchanged() throws Exception {
        ObjectCreatedEvent event = new ObjectCreatedEvent("photos", "users/u1/originals/my photo+\u00e9%.jpg", 0,
                null, null, Instant.parse("2026-11-26T07:00:00.123456Z"));

        String body = S3EventNotifications.format(event);

        JsonNode record = JSON.readTree(body).get("Records").get(0);
        assertThat(record.get("eventName").asText()).isEqualTo("ObjectCreated:Put");
        assertThat(record.get("s3").get("object").get("key").asText())
                .isEqualTo("users/u1/originals/my+photo%2B%C3%A9%25.jpg");
        assertThat(S3EventNotifications.parse(body)).containsExactly(event);
    }

    @Test
    void theS3TestEventYieldsNothingAndIsNotReported() {
        String testEvent = """
                {"Service":"Amazon S3","Event":"s3:TestEvent","Time":"2026-11-26T07:00:00.000Z",
                 "Bucket":"photos","RequestId":"5582815E1AEA5ADF","HostId":"8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eKxsPzbB9wrR+YstdA6Knx4Ip8EXAMPLE"}""";

        assertThat(S3EventNotifications.parse(testEvent)).isEmpty();
        assertThat(S3EventNotifications.parse(snsEnvelope(testEvent))).isEmpty();
        assertThat(reports).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "not json", "[]", "42", "{}", "{\"Records\":\"none\"}", "{\"Records\":[",
        "{\"Type\":\"Notification\",\"Message\":\"not json\"}"})
    void aMalformedBodyYieldsNothingAndIsReported(String body) {
        assertThat(S3EventNotifications.parse(body)).isEmpty();
        assertThat(reports).singleElement().satisfies(r -> assertThat(r.getLevel()).isEqualTo(Level.WARNING));
    }

    @Test
    void aMalformedRecordIsReportedAndTheOthersAreKept() {
        String body = """
                {"Records":[
                  {"eventName":"ObjectCreated:Put","eventTime":"yesterday",
                   "s3":{"bucket":{"name":"photos"},"object":{"key":"a","size":1}}},
                  {"eventName":"ObjectCreated:Put","eventTime":"2026-11-26T07:00:00Z",
                   "s3":{"bucket":{"name":"photos"},"object":{"key":"bad%zz","size":1}}},
                  {"eventName":"ObjectCreated:Put","eventTime":"2026-11-26T07:00:00Z",
                   "s3":{"bucket":{"name":"photos"},"object":{"key":"no-size"}}},
                  {"eventName":"ObjectCreated:Put","eventTime":"2026-11-26T07:00:00Z",
                   "s3":{"bucket":{},"object":{"key":"no-bucket","size":1}}},
                  {"eventName":"ObjectCreated:Put","eventTime":"2026-11-26T07:00:00Z",
                   "s3":{"bucket":{"name":"photos"},"object":{"key":"good","size":1}}}]}""";

        assertThat(S3EventNotifications.parse(body)).extracting(ObjectCreatedEvent::key).containsExactly("good");
        assertThat(reports).hasSize(4);
    }

    @Test
    void readingTellsAMalformedNotificationFromOneWithNothingToDo() {
        String testEvent = "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"photos\"}";
        String oneBadRecord = "{\"Records\":[{\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\","
                + "\"eventTime\":\"yesterday\","
                + "\"s3\":{\"bucket\":{\"name\":\"photos\"},\"object\":{\"key\":\"a\",\"size\":1}}}]}";

        assertThat(S3EventNotifications.read(testEvent)).contains(List.of());
        assertThat(S3EventNotifications.read(notification("users%2Fa"))).hasValueSatisfying(
                events -> assertThat(events).extracting(ObjectCreatedEvent::key).containsExactly("users/a"));
        assertThat(S3EventNotifications.read("not json")).isEmpty();
        assertThat(S3EventNotifications.read("{\"Records\":\"none\"}")).isEmpty();
        assertThat(S3EventNotifications.read(oneBadRecord)).isEmpty();
        assertThat(S3EventNotifications.read(AwsSampleEvents.read("sqs_event.json"))).as("records not from S3").isEmpty();
        assertThat(S3EventNotifications.parse(oneBadRecord)).isEmpty();
    }

    private static String notification(String encodedKey) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode record = root.putArray("Records").addObject();
        record.put("eventSource", "aws:s3").put("eventName", "ObjectCreated:Put")
                .put("eventTime", "2026-11-26T07:00:00.000Z");
        ObjectNode s3 = record.putObject("s3");
        s3.putObject("bucket").put("name", "photos");
        s3.putObject("object").put("key", encodedKey).put("size", 10).put("eTag", "abc").put("sequencer", "0A");
        return root.toString();
    }

    private static String snsEnvelope(String message) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("Type", "Notification").put("MessageId", "22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324")
                .put("TopicArn", "arn:aws:sns:eu-central-1:123456789012:uploads").put("Message", message);
        return envelope.toString();
    }
}
