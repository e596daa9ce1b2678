package com.photostore.adapters.aws.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.aws.testing.AwsSampleEvents;
import com.photostore.adapters.aws.testing.ElasticMqServer;
import com.photostore.adapters.aws.testing.ElasticMqServer.QueueWithDeadLetters;
import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.port.out.QueueMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

class SqsUploadQueueTest {
    private static final Duration VISIBILITY = Duration.ofSeconds(1);
    private static final int MAX_RECEIVE_COUNT = 5;
    private static final ObjectCreatedEvent EVENT = new ObjectCreatedEvent("photos",
            "users/u1/originals/my photo\u00e9.jpg", 2048, "0123456789abcdef0123456789abcdef", "0055AED6DCD90281E5",
            Instant.parse("2026-11-26T07:00:00.123Z"));

    private final ElasticMqServer server = ElasticMqServer.shared();
    private final List<SqsUploadQueue> opened = new ArrayList<>();

    @AfterEach
    void closeQueues() {
        opened.forEach(SqsUploadQueue::close);
    }

    @Test
    void aPublishedEventTravelsAsAnS3EventNotification() {
        String queueUrl = server.createQueue(VISIBILITY);
        open(queueUrl).publish(EVENT);

        List<Message> raw = server.client().receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(5)).messages();

        assertThat(raw).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo(S3EventNotifications.format(EVENT)).contains("my+photo%C3%A9.jpg");
            assertThat(S3EventNotifications.parse(m.body())).containsExactly(EVENT);
        });
    }

    @Test
    void aNotificationAsS3SendsItIsReceivedAsItsEvents() {
        String queueUrl = server.createQueue(VISIBILITY);
        server.client().sendMessage(b -> b.queueUrl(queueUrl).messageBody(AwsSampleEvents.read("s3_event.json")));

        List<QueueMessage> received = open(queueUrl).receive(10, Duration.ofSeconds(5));

        assertThat(received).singleElement().satisfies(m -> assertThat(m.events()).extracting(ObjectCreatedEvent::key)
                .containsExactly("test/key"));
    }

    @Test
    void anUnusableBodyIsReceivedWithNoEventsSoItCanBeAcknowledged() {
        String queueUrl = server.createQueue(VISIBILITY);
        SqsUploadQueue queue = open(queueUrl);
        server.client().sendMessage(b -> b.queueUrl(queueUrl).messageBody("not an S3 notification"));

        List<QueueMessage> received = queue.receive(10, Duration.ofSeconds(5));
        assertThat(received).singleElement().satisfies(m -> assertThat(m.events()).isEmpty());
        queue.acknowledge(received.get(0));

        assertThat(queue.receive(10, VISIBILITY.plusSeconds(1))).isEmpty();
    }

    @Test
    void aMessageReceivedMaxReceiveCountTimesWithoutAcknowledgementMovesToTheDeadLetterQueue() {
        QueueWithDeadLetters queues = server.createQueueWithDeadLetterQueue(VISIBILITY, MAX_RECEIVE_COUNT);
        SqsUploadQueue queue = open(queues.queueUrl());
        SqsUploadQueue deadLetters = open(queues.deadLetterQueueUrl());
        queue.publish(EVENT);

        for (int attempt = 1; attempt <= MAX_RECEIVE_COUNT; attempt++) {
            List<QueueMessage> received = queue.receive(1, Duration.ofSeconds(5));
            assertThat(received).singleElement().satisfies(m -> assertThat(m.events()).containsExactly(EVENT));
            assertThat(received.get(0).receiveCount()).isEqualTo(attempt);
            queue.extendVisibility(received.get(0), Duration.ZERO);
        }

        assertThat(queue.receive(10, Duration.ofSeconds(1))).isEmpty();
        List<QueueMessage> dead = deadLetters.receive(10, Duration.ofSeconds(5));
        assertThat(dead).singleElement().satisfies(m -> assertThat(m.events()).containsExactly(EVENT));
    }

    @Test
    void receiveLongPollsForTheWholeWaitWhenNothingArrives() {
        SqsUploadQueue queue = open(server.createQueue(VISIBILITY));
        long start = System.nanoTime();

        assertThat(queue.receive(10, Duration.ofSeconds(2))).isEmpty();

        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isBetween(Duration.ofMillis(1_800), Duration.ofMillis(3_500));
    }

    @Test
    void aWaitBeyondTheSdkAttemptTimeoutDoesNotTimeOut() {
        SqsUploadQueue queue = open(server.createQueue(VISIBILITY));
        Duration beyondAttempt = server.clientSettings().attemptTimeout().plusSeconds(1);

        assertThat(queue.receive(1, beyondAttempt)).isEmpty();
    }

    @Test
    void receiveAcceptsOneToTenMessages() {
        SqsUploadQueue queue = open(server.createQueue(VISIBILITY));

        assertThatThrownBy(() -> queue.receive(0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queue.receive(11, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoppedServerIsReportedAsUnavailableQuickly() {
        ElasticMqServer stopped = ElasticMqServer.start();
        SqsUploadQueue queue = open(stopped.createQueue(VISIBILITY), stopped);
        stopped.close();

        assertEveryCallIsUnavailableWithin(queue, Duration.ofSeconds(3));
    }

    @Test
    void aServerThatNeverAnswersIsReportedAsUnavailableWithinTheCallTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            URI endpoint = URI.create("http://127.0.0.1:" + silent.getLocalPort());
            AwsClientSettings settings = server.clientSettings()
                    .withEndpoint(endpoint, server.clientSettings().credentials())
                    .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(1));
            SqsUploadQueue queue = SqsUploadQueue.create(settings, endpoint + "/000000000000/uploads");
            opened.add(queue);

            assertEveryCallIsUnavailableWithin(queue, Duration.ofSeconds(3));
        }
    }

    private static void assertEveryCallIsUnavailableWithin(SqsUploadQueue queue, Duration limit) {
        QueueMessage message = new QueueMessage("id", "handle", List.of(), 1);
        List<Runnable> calls = List.of(() -> queue.publish(EVENT), () -> queue.receive(1, Duration.ZERO),
                () -> queue.acknowledge(message), () -> queue.extendVisibility(message, VISIBILITY),
                queue::approximateDepth);
        for (Runnable call : calls) {
            long start = System.nanoTime();
            assertThatThrownBy(call::run).isInstanceOf(UnavailableException.class).hasMessageStartingWith("SQS");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(limit);
        }
    }

    private SqsUploadQueue open(String queueUrl) {
        return open(queueUrl, server);
    }

    private SqsUploadQueue open(String queueUrl, ElasticMqServer on) {
        SqsUploadQueue queue = SqsUploadQueue.create(on.clientSettings(), queueUrl);
        opened.add(queue);
        return queue;
    }
}
