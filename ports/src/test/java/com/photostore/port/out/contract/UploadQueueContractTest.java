package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.port.out.QueueMessage;
import com.photostore.port.out.UploadQueue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UploadQueue} does, in real time: events round-trip, a received message stays hidden
 * for the visibility timeout and comes back unless acknowledged, and receiving waits at most as long as
 * asked, each test on a fresh, empty queue.
 */
public abstract class UploadQueueContractTest {
    private static final Duration LONG_WAIT = Duration.ofSeconds(10);

    private UploadQueue queue;

    /** A fresh, empty queue whose messages stay hidden for {@link #visibilityTimeout()} after each receive. */
    protected abstract UploadQueue newQueue();

    /** The visibility timeout of the queues {@link #newQueue()} makes: short, one or two seconds. */
    protected abstract Duration visibilityTimeout();

    @BeforeEach
    void setUpQueue() {
        queue = newQueue();
    }

    @Test
    void aPublishedEventIsReceivedWithEveryField() {
        ObjectCreatedEvent event = event("users/a/originals/1");

        queue.publish(event);

        QueueMessage message = receiveOne();
        assertThat(message.events()).containsExactly(event);
        assertThat(message.receiveCount()).isEqualTo(1);
        assertThat(message.messageId()).isNotBlank();
        assertThat(message.receiptHandle()).isNotBlank();
    }

    @Test
    void aReceivedMessageIsHiddenFromOtherReceivers() {
        queue.publish(event("users/a/originals/1"));
        receiveOne();

        assertThat(queue.receive(10, Duration.ZERO)).isEmpty();
    }

    @Test
    void anAcknowledgedMessageNeverComesBack() {
        queue.publish(event("users/a/originals/1"));
        QueueMessage message = receiveOne();

        queue.acknowledge(message);

        assertThat(queue.receive(10, visibilityTimeout().plusSeconds(1))).isEmpty();
    }

    @Test
    void anUnacknowledgedMessageComesBackAfterTheVisibilityTimeout() {
        ObjectCreatedEvent event = event("users/a/originals/1");
        queue.publish(event);
        QueueMessage first = receiveOne();

        QueueMessage again = receiveOne();

        assertThat(again.messageId()).isEqualTo(first.messageId());
        assertThat(again.receiveCount()).isEqualTo(2);
        assertThat(again.events()).containsExactly(event);
        queue.acknowledge(again);
        assertThat(queue.receive(10, visibilityTimeout().plusSeconds(1))).isEmpty();
    }

    @Test
    void extendingTheVisibilityKeepsAMessageHidden() {
        queue.publish(event("users/a/originals/1"));
        QueueMessage message = receiveOne();

        queue.extendVisibility(message, visibilityTimeout().multipliedBy(4));

        assertThat(queue.receive(10, visibilityTimeout().multipliedBy(2))).isEmpty();
    }

    @Test
    void aVisibilityOfZeroReleasesAMessageAtOnce() {
        queue.publish(event("users/a/originals/1"));
        QueueMessage message = receiveOne();

        queue.extendVisibility(message, Duration.ZERO);

        assertThat(receiveOne().messageId()).isEqualTo(message.messageId());
    }

    @Test
    void receiveWaitsAtMostAsLongAsAsked() {
        long start = System.nanoTime();

        assertThat(queue.receive(10, Duration.ofSeconds(1))).isEmpty();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void receiveReturnsAMessageThatArrivesWhileWaiting() {
        ObjectCreatedEvent event = event("users/a/originals/late");
        long start = System.nanoTime();
        CompletableFuture.runAsync(() -> queue.publish(event),
                CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));

        List<QueueMessage> received = queue.receive(1, LONG_WAIT);

        assertThat(received).singleElement().satisfies(m -> assertThat(m.events()).containsExactly(event));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LONG_WAIT.minusSeconds(2));
    }

    @Test
    void receiveReturnsAtMostMaxMessagesAndEachOnlyOnce() {
        for (int i = 0; i < 5; i++) {
            queue.publish(event("users/a/originals/" + i));
        }

        List<String> keys = new ArrayList<>();
        await().atMost(LONG_WAIT).until(() -> {
            List<QueueMessage> batch = queue.receive(2, Duration.ofSeconds(1));
            assertThat(batch).hasSizeLessThanOrEqualTo(2);
            batch.forEach(m -> {
                keys.add(m.events().get(0).key());
                queue.acknowledge(m);
            });
            return keys.size() >= 5;
        });

        assertThat(keys).containsExactlyInAnyOrder("users/a/originals/0", "users/a/originals/1",
                "users/a/originals/2", "users/a/originals/3", "users/a/originals/4");
    }

    @Test
    void approximateDepthCountsWaitingMessages() {
        assertThat(queue.approximateDepth()).isZero();
        for (int i = 0; i < 3; i++) {
            queue.publish(event("users/a/originals/" + i));
        }

        await().atMost(LONG_WAIT).until(() -> queue.approximateDepth() == 3);
        List<QueueMessage> received = new ArrayList<>();
        await().atMost(LONG_WAIT).until(() -> {
            received.addAll(queue.receive(10, Duration.ofSeconds(1)));
            return received.size() >= 3;
        });
        await().atMost(LONG_WAIT).until(() -> queue.approximateDepth() == 0);
    }

    private QueueMessage receiveOne() {
        List<QueueMessage> received = new ArrayList<>();
        await().atMost(LONG_WAIT.plus(visibilityTimeout())).pollDelay(Duration.ZERO).until(() -> {
            received.addAll(queue.receive(1, Duration.ofSeconds(1)));
            return !received.isEmpty();
        });
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    private static ObjectCreatedEvent event(String key) {
        return new ObjectCreatedEvent("photos", key, 1234, "0123456789abcdef0123456789abcdef", "0055AED6DCD90281E5",
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
