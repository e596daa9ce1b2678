package com.photostore.adapters.aws.testing;

import com.photostore.adapters.aws.support.AwsClientSettings;
import com.photostore.adapters.aws.support.AwsClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An embedded ElasticMQ SQS server on a free loopback port that creates uniquely named queues for tests; the shared
 * one stops when the JVM exits.
 */
public final class ElasticMqServer implements AutoCloseable {
    private static final String HOST = "127.0.0.1";
    private static ElasticMqServer shared;

    private final SQSRestServer server;
    private final URI endpoint;
    private final SqsClient admin;

    private ElasticMqServer(int port) {
        this.server = SQSRestServerBuilder.withPort(port).withInterface(HOST)
                .withServerAddress(new NodeAddress("http", HOST, port, "")).start();
        server.waitUntilStarted();
        this.endpoint = URI.create("http://" + HOST + ":" + port);
        this.admin = AwsClients.build(SqsClient.builder(), clientSettings());
    }

    /** The server every test class shares, started on first use. */
    public static synchronized ElasticMqServer shared() {
        if (shared == null) {
            ElasticMqServer started = start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "elasticmq-stop"));
            shared = started;
        }
        return shared;
    }

    /** A server of its own, which the caller stops with {@link #close()}. */
    public static ElasticMqServer start() {
        return new ElasticMqServer(freePort());
    }

    /** Where clients reach the server. */
    public URI endpoint() {
        return endpoint;
    }

    /** A client of this server, for tests that send or receive raw messages; closed with the server. */
    public SqsClient client() {
        return admin;
    }

    /** Client settings for this server: its endpoint, dummy credentials and short timeouts. */
    public AwsClientSettings clientSettings() {
        return new AwsClientSettings(Region.US_EAST_1, Optional.of(endpoint),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")),
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    /** The URL of a new, empty queue whose received messages stay hidden for {@code visibilityTimeout}. */
    public String createQueue(Duration visibilityTimeout) {
        return createQueue(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, seconds(visibilityTimeout)));
    }

    /**
     * A new queue whose messages move to a new dead-letter queue once received {@code maxReceiveCount} times without
     * being deleted.
     */
    public QueueWithDeadLetters createQueueWithDeadLetterQueue(Duration visibilityTimeout, int maxReceiveCount) {
        String deadLetterQueueUrl = createQueue(visibilityTimeout);
        String deadLetterArn = admin.getQueueAttributes(b -> b.queueUrl(deadLetterQueueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        String redrivePolicy = "{\"deadLetterTargetArn\":\"" + deadLetterArn + "\",\"maxReceiveCount\":\""
                + maxReceiveCount + "\"}";
        String queueUrl = createQueue(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, seconds(visibilityTimeout),
                QueueAttributeName.REDRIVE_POLICY, redrivePolicy));
        return new QueueWithDeadLetters(queueUrl, deadLetterQueueUrl);
    }

    /** Stops the server and waits until its port is released. */
    @Override
    public void close() {
        admin.close();
        server.stopAndWait();
    }

    private String createQueue(Map<QueueAttributeName, String> attributes) {
        String name = "uploads-" + UUID.randomUUID();
        return admin.createQueue(b -> b.queueName(name).attributes(attributes)).queueUrl();
    }

    private static String seconds(Duration duration) {
        return Long.toString(duration.toSeconds());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A queue and the dead-letter queue its unhandled messages move to. */
    public record QueueWithDeadLetters(String queueUrl, String deadLetterQueueUrl) {
    }
}
