package com.photostore.adapters.local.elasticmq;

import java.time.Duration;
import java.util.Objects;

/**
 * The queues the in-process queue engine creates: the upload queue, whose messages stay hidden for
 * {@code visibilityTimeout} once received, and the dead-letter queue they move to after
 * {@value InProcessElasticMq#MAX_RECEIVE_COUNT} receives without being deleted.
 */
public record ElasticMqSettings(String queueName, String deadLetterQueueName, Duration visibilityTimeout) {
    public static final String DEFAULT_QUEUE_NAME = "photostore-uploads";
    public static final String DEFAULT_DEAD_LETTER_QUEUE_NAME = "photostore-uploads-dead-letters";
    public static final Duration DEFAULT_VISIBILITY_TIMEOUT = Duration.ofSeconds(30);

    public ElasticMqSettings {
        requireQueueName(queueName, "queueName");
        requireQueueName(deadLetterQueueName, "deadLetterQueueName");
        if (queueName.equals(deadLetterQueueName)) {
            throw new IllegalArgumentException("the queue and its dead-letter queue need different names");
        }
        Objects.requireNonNull(visibilityTimeout, "visibilityTimeout");
        if (visibilityTimeout.isNegative() || visibilityTimeout.compareTo(Duration.ofHours(12)) > 0) {
            throw new IllegalArgumentException("visibilityTimeout must be 0 to 12 hours");
        }
    }

    /** The default queues. */
    public static ElasticMqSettings defaults() {
        return new ElasticMqSettings(DEFAULT_QUEUE_NAME, DEFAULT_DEAD_LETTER_QUEUE_NAME, DEFAULT_VISIBILITY_TIMEOUT);
    }

    /** The same settings with another visibility timeout for the upload queue. */
    public ElasticMqSettings withVisibilityTimeout(Duration timeout) {
        return new ElasticMqSettings(queueName, deadLetterQueueName, timeout);
    }

    private static void requireQueueName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (!name.matches("[A-Za-z0-9_-]{1,80}")) {
            throw new IllegalArgumentException(what + " must be 1 to 80 letters, digits, '-' or '_'");
        }
    }
}
