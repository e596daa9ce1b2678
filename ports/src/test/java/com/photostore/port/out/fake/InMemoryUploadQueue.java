package com.photostore.port.out.fake;

import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.port.out.Clock;
import com.photostore.port.out.QueueMessage;
import com.photostore.port.out.UploadQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A queue in memory with SQS semantics: a received message is hidden for the visibility timeout (by the
 * queue's clock), comes back with a higher receive count unless acknowledged, and every receive hands out
 * a new receipt handle; {@code receive} waits in real time for a message to arrive.
 */
public final class InMemoryUploadQueue implements UploadQueue {
    public static final Duration DEFAULT_VISIBILITY = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 20;

    private final Clock clock;
    private final Duration visibilityTimeout;
    private final Map<String, Entry> messages = new LinkedHashMap<>();

    public InMemoryUploadQueue(Clock clock) {
        this(clock, DEFAULT_VISIBILITY);
    }

    public InMemoryUploadQueue(Clock clock, Duration visibilityTimeout) {
        this.clock = clock;
        this.visibilityTimeout = visibilityTimeout;
    }

    @Override
    public synchronized void publish(ObjectCreatedEvent event) {
        String id = UUID.randomUUID().toString();
        messages.put(id, new Entry(id, List.of(event), Instant.MIN, 0, ""));
        notifyAll();
    }

    @Override
    public synchronized List<QueueMessage> receive(int max, Duration wait) {
        if (max < 1 || max > 10) {
            throw new IllegalArgumentException("receive 1 to 10 messages");
        }
        long deadline = System.nanoTime() + wait.toNanos();
        List<QueueMessage> received = takeVisible(max);
        while (received.isEmpty()) {
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                return received;
            }
            try {
                wait(Math.min(remainingMillis, POLL_MILLIS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return received;
            }
            received = takeVisible(max);
        }
        return received;
    }

    @Override
    public synchronized void acknowledge(QueueMessage message) {
        Entry entry = messages.get(message.messageId());
        if (entry != null && entry.receiptHandle().equals(message.receiptHandle())) {
            messages.remove(message.messageId());
        }
    }

    @Override
    public synchronized void extendVisibility(QueueMessage message, Duration visibility) {
        Entry entry = messages.get(message.messageId());
        if (entry != null && entry.receiptHandle().equals(message.receiptHandle())) {
            messages.put(entry.id(), entry.hiddenUntil(clock.now().plus(visibility)));
        }
    }

    @Override
    public synchronized long approximateDepth() {
        Instant now = clock.now();
        return messages.values().stream().filter(e -> e.isVisibleAt(now)).count();
    }

    /** How many messages the queue holds, visible or not. */
    public synchronized int size() {
        return messages.size();
    }

    private List<QueueMessage> takeVisible(int max) {
        Instant now = clock.now();
        List<QueueMessage> taken = new ArrayList<>();
        for (Entry entry : List.copyOf(messages.values())) {
            if (taken.size() == max) {
                break;
            }
            if (entry.isVisibleAt(now)) {
                Entry received = entry.received(now.plus(visibilityTimeout));
                messages.put(entry.id(), received);
                taken.add(new QueueMessage(received.id(), received.receiptHandle(), received.events(),
                        received.receiveCount()));
            }
        }
        return taken;
    }

    private record Entry(String id, List<ObjectCreatedEvent> events, Instant visibleAt, int receiveCount,
                         String receiptHandle) {
        boolean isVisibleAt(Instant now) {
            return !now.isBefore(visibleAt);
        }

        Entry received(Instant hiddenUntil) {
            return new Entry(id, events, hiddenUntil, receiveCount + 1, UUID.randomUUID().toString());
        }

        Entry hiddenUntil(Instant until) {
            return new Entry(id, events, until, receiveCount, receiptHandle);
        }
    }
}
