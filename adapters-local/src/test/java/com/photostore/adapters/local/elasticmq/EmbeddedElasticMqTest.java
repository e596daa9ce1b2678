package com.photostore.adapters.local.elasticmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.photostore.adapters.local.support.LoopbackPort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmbeddedElasticMqTest {

    @Test
    void startsWithTheUploadQueueRedrivingToItsDeadLetterQueueAfterFiveReceives() throws Exception {
        long started = System.nanoTime();
        try (EmbeddedElasticMq queues = EmbeddedElasticMq.start()) {
            System.out.printf("embedded ElasticMQ started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            SqsJsonClient sqs = new SqsJsonClient(queues.endpoint());

            assertThat(queues.endpoint().getHost()).isEqualTo(LoopbackPort.HOST);
            assertThat(sqs.queueUrls()).containsExactlyInAnyOrder(queues.queueUrl(), queues.deadLetterQueueUrl());
            assertThat(queues.queueUrl()).endsWith("/" + ElasticMqSettings.DEFAULT_QUEUE_NAME);
            assertThat(queues.deadLetterQueueUrl()).endsWith("/" + ElasticMqSettings.DEFAULT_DEAD_LETTER_QUEUE_NAME);

            JsonNode attributes = sqs.attributes(queues.queueUrl());
            JsonNode redrive = SqsJsonClient.parse(attributes.path("RedrivePolicy").asText());
            assertThat(redrive.path("deadLetterTargetArn").asText())
                    .isEqualTo(sqs.attributes(queues.deadLetterQueueUrl()).path("QueueArn").asText())
                    .endsWith(":" + queues.deadLetterQueueName());
            assertThat(redrive.path("maxReceiveCount").asInt()).isEqualTo(EmbeddedElasticMq.MAX_RECEIVE_COUNT);
            assertThat(attributes.path("VisibilityTimeout").asText()).isEqualTo("30");
        }
    }

    @Test
    void aMessageReceivedFiveTimesWithoutBeingDeletedMovesToTheDeadLetterQueue() throws Exception {
        try (EmbeddedElasticMq queues = EmbeddedElasticMq.start()) {
            SqsJsonClient sqs = new SqsJsonClient(queues.endpoint());
            sqs.send(queues.queueUrl(), "uploads/alice/photo.jpg");

            for (int receive = 1; receive <= EmbeddedElasticMq.MAX_RECEIVE_COUNT; receive++) {
                assertThat(sqs.receiveAndRelease(queues.queueUrl())).as("receive %d", receive)
                        .containsExactly("uploads/alice/photo.jpg");
            }

            assertThat(sqs.receiveAndRelease(queues.queueUrl())).isEmpty();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> sqs.receiveAndRelease(queues.deadLetterQueueUrl()).contains("uploads/alice/photo.jpg"));
        }
    }

    @Test
    void closeFreesThePortAndStopsTheActorSystemWithinSeconds() throws Exception {
        int port = LoopbackPort.free();
        EmbeddedElasticMq queues = EmbeddedElasticMq.start(port);
        assertThat(queues.port()).isEqualTo(port);
        assertThat(elasticMqThreads()).isPositive();

        long closing = System.nanoTime();
        queues.close();

        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(5)).until(() -> elasticMqThreads() == 0);
        try (ServerSocket rebound = new ServerSocket(port, 1, InetAddress.getByName(EmbeddedElasticMq.HOST))) {
            assertThat(rebound.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void twoServersRunSideBySideWithTheirOwnQueues() throws Exception {
        ElasticMqSettings named = new ElasticMqSettings(0, "other-uploads", "other-dead-letters", Duration.ofSeconds(5));
        try (EmbeddedElasticMq first = EmbeddedElasticMq.start(); EmbeddedElasticMq second = EmbeddedElasticMq.start(named)) {
            assertThat(second.port()).isPositive().isNotEqualTo(first.port());
            assertThat(second.queueName()).isEqualTo("other-uploads");
            assertThat(new SqsJsonClient(second.endpoint()).attributes(second.queueUrl()).path("VisibilityTimeout").asText())
                    .isEqualTo("5");
            assertThat(new SqsJsonClient(first.endpoint()).queueUrls()).doesNotContain(second.queueUrl());
        }
    }

    @Test
    void aTakenPortIsAClearError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(EmbeddedElasticMq.HOST))) {
            assertThatThrownBy(() -> EmbeddedElasticMq.start(taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("did not start").hasMessageContaining(Integer.toString(taken.getLocalPort()));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> elasticMqThreads() == 0);
    }

    @Test
    void pekkoLogsThroughSlf4jAtWarningWithoutAnApplicationConf() {
        var config = QuietPekkoConfig.create();
        assertThat(config.getString("pekko.loglevel")).isEqualTo("WARNING");
        assertThat(config.getString("pekko.stdout-loglevel")).isEqualTo("WARNING");
        assertThat(config.getStringList("pekko.loggers")).containsExactly(QuietSlf4jLogger.class.getName());
        assertThat(config.getDuration("pekko.http.server.request-timeout")).isEqualTo(Duration.ofSeconds(21));
    }

    @Test
    void settingsRejectClashingOrMalformedQueueNames() {
        assertThatThrownBy(() -> new ElasticMqSettings(0, "same", "same", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ElasticMqSettings(0, "has space", "dlq", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ElasticMqSettings(70_000, "q", "dlq", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long elasticMqThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("elasticmq-") && thread.isAlive()).count();
    }
}
