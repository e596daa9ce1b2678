package com.photostore.adapters.aws.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.photostore.domain.photo.ObjectCreatedEvent;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the S3 event-notification JSON an SQS message carries, directly or inside an SNS
 * notification envelope; reading never throws and reports what it cannot use.
 */
public final class S3EventNotifications {
    private static final System.Logger LOG = System.getLogger(S3EventNotifications.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OBJECT_CREATED = "ObjectCreated:";
    private static final String TEST_EVENT = "s3:TestEvent";
    private static final String S3_SOURCE = "aws:s3";
    private static final int MAX_REPORTED_REASON = 200;

    private S3EventNotifications() {
    }

    /** The object-created records of a message body: none for a test event, other events or a malformed body. */
    public static List<ObjectCreatedEvent> parse(String body) {
        try {
            return parseNotification(JSON.readTree(body == null ? "" : body), true, false);
        } catch (JsonProcessingException | MalformedNotificationException e) {
            report(e);
            return List.of();
        }
    }

    /**
     * The object-created records of a message body (none for a test event or other events), or empty when the body
     * is not an S3 event notification: not JSON, no {@code Records}, a record not from S3, or an unusable one.
     */
    public static Optional<List<ObjectCreatedEvent>> read(String body) {
        try {
            return Optional.of(parseNotification(JSON.readTree(body == null ? "" : body), true, true));
        } catch (JsonProcessingException | MalformedNotificationException e) {
            report(e);
            return Optional.empty();
        }
    }

    /** The body S3 would send for one {@code ObjectCreated:Put} record, with the key form-encoded. */
    public static String format(ObjectCreatedEvent event) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode record = root.putArray("Records").addObject();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("eventTime", event.eventTime().toString());
        record.put("eventName", OBJECT_CREATED + "Put");
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.putObject("bucket").put("name", event.bucket()).put("arn", "arn:aws:s3:::" + event.bucket());
        ObjectNode object = s3.putObject("object");
        object.put("key", encodeKey(event.key()));
        object.put("size", event.size());
        Optional.ofNullable(event.eTag()).ifPresent(eTag -> object.put("eTag", eTag));
        Optional.ofNullable(event.sequencer()).ifPresent(sequencer -> object.put("sequencer", sequencer));
        return root.toString();
    }

    private static List<ObjectCreatedEvent> parseNotification(JsonNode root, boolean mayBeEnvelope, boolean strict)
            throws JsonProcessingException {
        if (!root.isObject()) {
            throw new MalformedNotificationException("the body is not a JSON object");
        }
        if (mayBeEnvelope && "Notification".equals(root.path("Type").asText()) && root.path("Message").isTextual()) {
            return parseNotification(JSON.readTree(root.get("Message").asText()), false, strict);
        }
        if (TEST_EVENT.equals(root.path("Event").asText())) {
            return List.of();
        }
        JsonNode records = root.get("Records");
        if (!(records instanceof ArrayNode)) {
            throw new MalformedNotificationException("the body has no Records array");
        }
        List<ObjectCreatedEvent> events = new ArrayList<>();
        for (JsonNode record : records) {
            if (strict && !S3_SOURCE.equals(record.path("eventSource").asText())) {
                throw new MalformedNotificationException("a record is not from S3");
            }
            if (record.path("eventName").asText().startsWith(OBJECT_CREATED)) {
                try {
                    events.add(readRecord(record));
                } catch (MalformedNotificationException e) {
                    if (strict) {
                        throw e;
                    }
                    report(e);
                }
            }
        }
        return List.copyOf(events);
    }

    private static ObjectCreatedEvent readRecord(JsonNode record) {
        try {
            JsonNode s3 = record.path("s3");
            JsonNode object = s3.path("object");
            return new ObjectCreatedEvent(
                    requiredText(s3.path("bucket"), "name"),
                    URLDecoder.decode(requiredText(object, "key"), StandardCharsets.UTF_8),
                    requiredSize(object),
                    optionalText(object, "eTag"),
                    optionalText(object, "sequencer"),
                    Instant.parse(requiredText(record, "eventTime")));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedNotificationException("a record is unusable: " + e.getMessage());
        }
    }

    private static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new MalformedNotificationException("a record lacks " + field);
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
    }

    private static long requiredSize(JsonNode object) {
        JsonNode size = object.get("size");
        if (size == null || !size.canConvertToExactIntegral() || size.asLong() < 0) {
            throw new MalformedNotificationException("a record lacks a valid size");
        }
        return size.asLong();
    }

    private static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    private static void report(Exception e) {
        String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        if (reason.length() > MAX_REPORTED_REASON) {
            reason = reason.substring(0, MAX_REPORTED_REASON);
        }
        LOG.log(System.Logger.Level.WARNING, "Ignoring an unusable S3 event notification: {0}", reason);
    }

    /** A body or record that is JSON but not a usable S3 event notification. */
    private static final class MalformedNotificationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedNotificationException(String message) {
            super(message, null, false, false);
        }
    }
}
