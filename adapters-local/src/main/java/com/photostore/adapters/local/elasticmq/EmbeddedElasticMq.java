package com.photostore.adapters.local.elasticmq;

import com.photostore.adapters.local.support.LoopbackPort;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.ActorSystem;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ElasticMQ SQS server in this JVM on 127.0.0.1 holding the upload queue and its dead-letter queue, which a
 * message moves to after {@value #MAX_RECEIVE_COUNT} receives without being deleted; whoever starts it closes it.
 */
public final class EmbeddedElasticMq implements AutoCloseable {
    public static final String HOST = LoopbackPort.HOST;
    public static final int MAX_RECEIVE_COUNT = 5;
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedElasticMq.class);

    private final ActorSystem actorSystem;
    private final SQSRestServer server;
    private final ElasticMqSettings settings;
    private final URI endpoint;
    private final String queueUrl;
    private final String deadLetterQueueUrl;

    private EmbeddedElasticMq(ActorSystem actorSystem, SQSRestServer server, ElasticMqSettings settings, URI endpoint,
                              String queueUrl, String deadLetterQueueUrl) {
        this.actorSystem = actorSystem;
        this.server = server;
        this.settings = settings;
        this.endpoint = endpoint;
        this.queueUrl = queueUrl;
        this.deadLetterQueueUrl = deadLetterQueueUrl;
    }

    /** Starts with the default queues on a free loopback port. */
    public static EmbeddedElasticMq start() {
        return start(ElasticMqSettings.onPort(LoopbackPort.free()));
    }

    /** Starts with the default queues on this loopback port. */
    public static EmbeddedElasticMq start(int port) {
        return start(ElasticMqSettings.onPort(port));
    }

    /** Starts on the settings' port (a free one if it is 0) and creates their queues. */
    public static EmbeddedElasticMq start(ElasticMqSettings settings) {
        long started = System.nanoTime();
        int port = settings.port() == 0 ? LoopbackPort.free() : settings.port();
        ActorSystem actorSystem = ActorSystem.create("elasticmq", QuietPekkoConfig.create());
        SQSRestServer server;
        try {
            server = SQSRestServerBuilder.withActorSystem(actorSystem).withInterface(HOST).withPort(port)
                    .withServerAddress(new NodeAddress("http", HOST, port, "")).start();
            server.waitUntilStarted();
        } catch (RuntimeException e) {
            terminate(actorSystem);
            throw new IllegalStateException("embedded ElasticMQ did not start on " + HOST + ":" + port, e);
        }
        URI endpoint = URI.create("http://" + HOST + ":" + port);
        try {
            QueueAdministration queues = new QueueAdministration(endpoint);
            String timeout = Long.toString(settings.visibilityTimeout().toSeconds());
            String deadLetterQueueUrl = queues.createQueue(settings.deadLetterQueueName(),
                    Map.of("VisibilityTimeout", timeout));
            String redrivePolicy = "{\"deadLetterTargetArn\":\"" + queues.queueArn(deadLetterQueueUrl)
                    + "\",\"maxReceiveCount\":\"" + MAX_RECEIVE_COUNT + "\"}";
            String queueUrl = queues.createQueue(settings.queueName(),
                    Map.of("VisibilityTimeout", timeout, "RedrivePolicy", redrivePolicy));
            LOG.info("ElasticMQ started on {} in {} ms", endpoint,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return new EmbeddedElasticMq(actorSystem, server, settings, endpoint, queueUrl, deadLetterQueueUrl);
        } catch (RuntimeException e) {
            stop(server, actorSystem);
            throw e;
        }
    }

    /** Where SQS clients reach the server. */
    public URI endpoint() {
        return endpoint;
    }

    public int port() {
        return endpoint.getPort();
    }

    /** The URL of the upload queue. */
    public String queueUrl() {
        return queueUrl;
    }

    /** The URL of the dead-letter queue of the upload queue. */
    public String deadLetterQueueUrl() {
        return deadLetterQueueUrl;
    }

    public String queueName() {
        return settings.queueName();
    }

    public String deadLetterQueueName() {
        return settings.deadLetterQueueName();
    }

    /** Unbinds the port and stops the actor system, waiting a few seconds at most. */
    @Override
    public void close() {
        stop(server, actorSystem);
    }

    private static void stop(SQSRestServer server, ActorSystem actorSystem) {
        try {
            server.stopAndWait();
        } finally {
            terminate(actorSystem);
        }
    }

    private static void terminate(ActorSystem actorSystem) {
        actorSystem.terminate();
        try {
            actorSystem.getWhenTerminated().toCompletableFuture().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the actor system of embedded ElasticMQ did not stop within " + STOP_WAIT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping embedded ElasticMQ", e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedElasticMq[" + endpoint + ", " + settings.queueName() + "]";
    }
}
