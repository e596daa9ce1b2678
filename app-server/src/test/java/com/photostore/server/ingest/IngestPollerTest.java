package com.photostore.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.photostore.adapters.local.elasticmq.ElasticMqSettings;
import com.photostore.adapters.local.elasticmq.InProcessElasticMq;
import com.photostore.port.out.UploadQueue;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.port.in.IngestOutcome;
import com.photostore.port.in.IngestUploadedObjectUseCase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IngestPollerTest {
    private final InProcessElasticMq server = InProcessElasticMq.start(ElasticMqSettings.defaults()
            .withVisibilityTimeout(Duration.ofSeconds(1)));
    private final UploadQueue queue = server.queue();
    private final UploadQueue deadLetters = server.deadLetterQueue();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private IngestPoller poller;

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.stop(Duration.ofSeconds(10));
        }
        server.close();
    }

    private static ObjectCreatedEvent event(String key) {
        return new ObjectCreatedEvent("photostore", key, 10, "etag", "", Instant.now());
    }

    private void start(IngestUploadedObjectUseCase ingest) {
        poller = new IngestPoller(queue, ingest, new IngestMetrics(registry, queue));
        poller.start(2);
    }

    @Test
    void eachRecordIsIngestedAndItsMessageAcknowledgedAfterwards() {
        List<String> ingested = new CopyOnWriteArrayList<>();
        start(event -> {
            ingested.add(event.key());
            return IngestOutcome.READY;
        });

        queue.publish(event("users/a/originals/1"));
        queue.publish(event("users/a/originals/2"));

        await().atMost(Duration.ofSeconds(20)).until(() -> ingested.size() >= 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> queue.approximateDepth() == 0);
        assertThat(ingested).containsExactlyInAnyOrder("users/a/originals/1", "users/a/originals/2");
        assertThat(registry.get("photostore.ingest.records").tag("outcome", "ready").counter().count()).isEqualTo(2);
    }

    @Test
    void anErrorInAWorkerIsContainedCountedAndTheMessageComesBackWhileTheWorkerGoesOn() {
        AtomicInteger bombs = new AtomicInteger();
        List<String> ingested = new CopyOnWriteArrayList<>();
        poller = new IngestPoller(queue, event -> {
            if (event.key().endsWith("/bomb")) {
                bombs.incrementAndGet();
                throw new OutOfMemoryError("Java heap space");
            }
            ingested.add(event.key());
            return IngestOutcome.READY;
        }, new IngestMetrics(registry, queue));
        poller.start(1);

        queue.publish(event("users/a/originals/bomb"));
        await().atMost(Duration.ofSeconds(20)).until(() -> bombs.get() >= 1);
        queue.publish(event("users/a/originals/after"));

        await().atMost(Duration.ofSeconds(20)).until(() -> ingested.contains("users/a/originals/after"));
        await().atMost(Duration.ofSeconds(20)).until(() -> bombs.get() >= 2);
        assertThat(registry.get("photostore.ingest.failures").counter().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRecordThatKeepsFailingIsRetriedAndEndsInTheDeadLetterQueue() {
        AtomicInteger attempts = new AtomicInteger();
        start(event -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("the catalogue is down");
        });

        queue.publish(event("users/a/originals/3"));

        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters.approximateDepth() == 1);
        assertThat(attempts.get()).isEqualTo(IngestPoller.MAX_RECEIVES);
        assertThat(registry.get("photostore.ingest.failures").counter().count()).isEqualTo(IngestPoller.MAX_RECEIVES);
    }

    @Test
    void stoppingIdleWorkersWaitsAtMostForOneShortLongPoll() {
        start(event -> IngestOutcome.READY);
        long started = System.nanoTime();

        poller.stop(Duration.ofSeconds(30));
        poller = null;

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(IngestPoller.WAIT.plusSeconds(3));
    }
}
