package com.photostore.lambda.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The Lambda event of a batch of SQS messages, as the event source mapping builds it: one record per message with its
 * id, receipt handle, body, system attributes, message attributes, body digest, and the queue's ARN and region.
 */
public final class SqsEvent {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LEADING_ATTRIBUTES = List.of("ApproximateReceiveCount", "SentTimestamp",
            "SenderId", "ApproximateFirstReceiveTimestamp");

    private SqsEvent() {
    }

    public static byte[] build(List<Message> messages, String queueArn) {
        String region = queueArn.split(":")[3];
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (Message message : messages) {
            ObjectNode record = records.addObject();
            record.put("messageId", message.messageId());
            record.put("receiptHandle", message.receiptHandle());
            record.put("body", message.body());
            record.set("attributes", attributes(message.attributesAsStrings()));
            record.set("messageAttributes", messageAttributes(message.messageAttributes()));
            record.put("md5OfBody", message.md5OfBody());
            if (message.md5OfMessageAttributes() != null) {
                record.put("md5OfMessageAttributes", message.md5OfMessageAttributes());
            }
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", queueArn);
            record.put("awsRegion", region);
        }
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode attributes(Map<String, String> received) {
        ObjectNode attributes = JSON.createObjectNode();
        Map<String, String> rest = new TreeMap<>(received);
        for (String name : LEADING_ATTRIBUTES) {
            String value = rest.remove(name);
            if (value != null) {
                attributes.put(name, value);
            }
        }
        rest.forEach(attributes::put);
        return attributes;
    }

    private static ObjectNode messageAttributes(Map<String, MessageAttributeValue> received) {
        ObjectNode attributes = JSON.createObjectNode();
        received.forEach((name, value) -> {
            ObjectNode attribute = attributes.putObject(name);
            if (value.stringValue() != null) {
                attribute.put("stringValue", value.stringValue());
            }
            if (value.binaryValue() != null) {
                attribute.put("binaryValue", value.binaryValue().asByteArray());
            }
            ArrayNode strings = attribute.putArray("stringListValues");
            value.stringListValues().forEach(strings::add);
            ArrayNode binaries = attribute.putArray("binaryListValues");
            value.binaryListValues().forEach(bytes -> binaries.add(bytes.asByteArray()));
            attribute.put("dataType", value.dataType());
        });
        return attributes;
    }
}
