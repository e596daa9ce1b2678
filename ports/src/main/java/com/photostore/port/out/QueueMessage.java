package com.photostore.port.out;

import com.photostore.domain.photo.ObjectCreatedEvent;
import java.util.List;
import java.util.Objects;

/**
 * One received message: its id, the handle to acknowledge or extend it with, the object-created records it
 * carries (none for a test or unparseable message) and how often it has been received.
 */
public record QueueMessage(String messageId, String receiptHandle, List<ObjectCreatedEvent> events, int receiveCount) {
    public QueueMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(receiptHandle, "receiptHandle");
        events = List.copyOf(events);
    }
}
