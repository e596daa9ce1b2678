package com.photostore.port.out;

import com.photostore.domain.photo.ObjectCreatedEvent;
import java.time.Duration;
import java.util.List;

/**
 * The queue of object-created events between the bucket and ingest. A received message stays invisible
 * to other receivers until acknowledged or until its visibility timeout ends, then it is delivered again.
 */
public interface UploadQueue {

    /** Sends an event. */
    void publish(ObjectCreatedEvent event);

    /** Up to {@code max} messages (1–10), waiting up to {@code wait} for the first one. */
    List<QueueMessage> receive(int max, Duration wait);

    /** Removes a handled message for good. */
    void acknowledge(QueueMessage message);

    /** Keeps a message invisible for {@code visibility} from now (for slow work). */
    void extendVisibility(QueueMessage message, Duration visibility);

    /** About how many messages wait to be received. */
    long approximateDepth();
}
