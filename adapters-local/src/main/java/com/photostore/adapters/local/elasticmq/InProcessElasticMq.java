package com.photostore.adapters.local.elasticmq;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.Props;
import org.elasticmq.CreateQueueData;
import org.elasticmq.DeadLettersQueueData;
import org.elasticmq.ElasticMQError;
import org.elasticmq.MillisVisibilityTimeout;
import org.elasticmq.StrictSQSLimits$;
import org.elasticmq.actor.QueueManagerActor;
import org.elasticmq.msg.CreateQueue;
import org.elasticmq.util.NowProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Option;
import scala.util.Either;

/**
 * ElasticMQ's queue engine in this JVM without any listener: the upload queue and its dead-letter queue, which a
 * message moves to after {@value #MAX_RECEIVE_COUNT} receives without being deleted. Nothing outside the process can
 * reach it, so no other account on the machine can read, add or remove its messages.
 */
public final class InProcessElasticMq implements AutoCloseable {
    public static final int MAX_RECEIVE_COUNT = 5;
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(InProcessElasticMq.class);

    private final ActorSystem actorSystem;
    private final ElasticMqUploadQueue queue;
    private final ElasticMqUploadQueue deadLetters;

    private InProcessElasticMq(ActorSystem actorSystem, ElasticMqUploadQueue queue, ElasticMqUploadQueue deadLetters) {
        this.actorSystem = actorSystem;
        this.queue = queue;
        this.deadLetters = deadLetters;
    }

    /** Starts the engine with the default queue names and visibility timeout. */
    public static InProcessElasticMq start() {
        return start(ElasticMqSettings.defaults());
    }

    /** Starts the engine and creates the settings' queues. */
    public static InProcessElasticMq start(ElasticMqSettings settings) {
        long started = System.nanoTime();
        ActorSystem actorSystem = ActorSystem.create("elasticmq", QuietPekkoConfig.create());
        try {
            ActorRef manager = actorSystem.actorOf(Props.create(QueueManagerActor.class,
                    () -> new QueueManagerActor(new NowProvider(), StrictSQSLimits$.MODULE$, Option.empty())),
                    "queue-manager");
            MillisVisibilityTimeout visibility = new MillisVisibilityTimeout(settings.visibilityTimeout().toMillis());
            ActorRef deadLetters = create(manager, queueData(settings.deadLetterQueueName(), visibility, Option.empty()));
            ActorRef uploads = create(manager, queueData(settings.queueName(), visibility, Option.apply(
                    new DeadLettersQueueData(settings.deadLetterQueueName(), MAX_RECEIVE_COUNT))));
            LOG.info("in-process ElasticMQ started in {} ms",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return new InProcessElasticMq(actorSystem, new ElasticMqUploadQueue(uploads),
                    new ElasticMqUploadQueue(deadLetters));
        } catch (RuntimeException e) {
            terminate(actorSystem);
            throw e;
        }
    }

    /** The upload queue. */
    public ElasticMqUploadQueue queue() {
        return queue;
    }

    /** The dead-letter queue of the upload queue. */
    public ElasticMqUploadQueue deadLetterQueue() {
        return deadLetters;
    }

    /** Stops the actor system, waiting a few seconds at most. */
    @Override
    public void close() {
        terminate(actorSystem);
    }

    private static CreateQueueData queueData(String name, MillisVisibilityTimeout visibility,
                                             Option<DeadLettersQueueData> deadLetters) {
        return new CreateQueueData(name, Option.apply(visibility), Option.empty(), Option.empty(), Option.empty(),
                Option.empty(), deadLetters, false, false, Option.empty(), Option.empty(),
                scala.collection.immutable.Map$.MODULE$.empty());
    }

    private static ActorRef create(ActorRef manager, CreateQueueData data) {
        Either<ElasticMQError, ActorRef> created = ElasticMqCalls.ask(manager, new CreateQueue(data), "create a queue");
        if (created.isLeft()) {
            throw new IllegalStateException("ElasticMQ did not create the queue " + data.name() + ": "
                    + created.left().get().message());
        }
        return created.toOption().get();
    }

    private static void terminate(ActorSystem actorSystem) {
        actorSystem.terminate();
        try {
            actorSystem.getWhenTerminated().toCompletableFuture().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the actor system of in-process ElasticMQ did not stop within " + STOP_WAIT,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping in-process ElasticMQ", e);
        }
    }
}
