package com.photostore.adapters.local.elasticmq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.photostore.domain.photo.ObjectCreatedEvent;
import com.photostore.port.out.QueueMessage;
import com.photostore.port.out.UploadQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.pekko.actor.ActorRef;
import org.elasticmq.DefaultVisibilityTimeout$;
import org.elasticmq.DeliveryReceipt;
import org.elasticmq.ImmediateNextDelivery$;
import org.elasticmq.MessageContent;
import org.elasticmq.MessageData;
import org.elasticmq.MillisVisibilityTimeout;
import org.elasticmq.NewMessageData;
import org.elasticmq.QueueStatistics;
import org.elasticmq.msg.DeleteMessage;
import org.elasticmq.msg.GetQueueStatistics;
import org.elasticmq.msg.ReceiveMessages;
import org.elasticmq.msg.SendMessage;
import org.elasticmq.msg.UpdateVisibilityTimeout;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The upload queue on ElasticMQ's engine in this JVM, asked through its actors: the semantics of SQS (visibility
 * timeouts, receive counts, long polls, the dead-letter queue) without a listener anyone else could reach.
 */
public final class ElasticMqUploadQueue implements UploadQueue {
    /** The longest long poll, as on SQS; longer waits are shortened to it. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(20);
    private static final int MAX_BATCH = 10;
    private static final System.Logger LOG = System.getLogger(ElasticMqUploadQueue.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActorRef queue;

    ElasticMqUploadQueue(ActorRef queue) {
        this.queue = Objects.requireNonNull(queue, "queue");
    }

    @Override
    public void publish(ObjectCreatedEvent event) {
        NewMessageData message = new NewMessageData(Option.empty(), new MessageContent(format(event)),
                scala.collection.immutable.Map$.MODULE$.empty(), ImmediateNextDelivery$.MODULE$, Option.empty(),
                Option.empty(), 0, Option.empty(), Option.empty(), Option.empty());
        ElasticMqCalls.ask(queue, new SendMessage(message), "send a message");
    }

    @Override
    public List<QueueMessage> receive(int max, Duration wait) {
        if (max < 1 || max > MAX_BATCH) {
            throw new IllegalArgumentException("receive 1 to 10 messages");
        }
        Duration poll = wait.isNegative() ? Duration.ZERO : (wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
        scala.collection.immutable.List<MessageData> received = ElasticMqCalls.ask(queue,
                new ReceiveMessages(DefaultVisibilityTimeout$.MODULE$, max, Option.apply(poll), Option.empty()),
                "receive messages", poll);
        return CollectionConverters.asJava(received).stream().map(ElasticMqUploadQueue::toQueueMessage).toList();
    }

    @Override
    public void acknowledge(QueueMessage message) {
        reportStale(ElasticMqCalls.ask(queue, new DeleteMessage(new DeliveryReceipt(message.receiptHandle())),
                "delete a message"));
    }

    @Override
    public void extendVisibility(QueueMessage message, Duration visibility) {
        long millis = Math.max(0, visibility.toMillis());
        reportStale(ElasticMqCalls.ask(queue, new UpdateVisibilityTimeout(new DeliveryReceipt(message.receiptHandle()),
                new MillisVisibilityTimeout(millis)), "change a message's visibility"));
    }

    /** The messages visible or about to be (ElasticMQ counts one sent in this very millisecond as delayed). */
    @Override
    public long approximateDepth() {
        QueueStatistics statistics = ElasticMqCalls.ask(queue, new GetQueueStatistics(System.currentTimeMillis()),
                "read the queue depth");
        return statistics.approximateNumberOfVisibleMessages() + statistics.approximateNumberOfMessagesDelayed();
    }

    private static void reportStale(scala.util.Either<?, ?> outcome) {
        if (outcome.isLeft()) {
            LOG.log(System.Logger.Level.DEBUG, "Ignoring a receipt handle that is no longer valid");
        }
    }

    private static QueueMessage toQueueMessage(MessageData message) {
        String receipt = message.deliveryReceipt().get().receipt();
        return new QueueMessage(message.id().id(), receipt, parse(message.content().value()),
                Math.max(1, message.statistics().approximateReceiveCount()));
    }

    static String format(ObjectCreatedEvent event) {
        ObjectNode body = JSON.createObjectNode();
        body.put("bucket", event.bucket());
        body.put("key", event.key());
        body.put("size", event.size());
        body.put("eTag", event.eTag());
        body.put("sequencer", event.sequencer());
        body.put("eventTime", event.eventTime().toString());
        return body.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The event of a message body this queue wrote; none for anything else. */
    static List<ObjectCreatedEvent> parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return List.of(new ObjectCreatedEvent(node.path("bucket").asText(), node.path("key").asText(),
                    node.path("size").asLong(), text(node, "eTag"), text(node, "sequencer"),
                    Instant.parse(node.path("eventTime").asText())));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring an unusable queue message: " + e.getMessage());
            return List.of();
        }
    }
}
