package com.photostore.adapters.local.elasticmq;

import com.photostore.domain.error.UnavailableException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.pattern.Patterns;
import org.elasticmq.actor.reply.Replyable;

/** Asks an ElasticMQ actor and waits for its reply, within a bound; a missing or failed reply is unavailability. */
final class ElasticMqCalls {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private ElasticMqCalls() {
    }

    /** The actor's reply to {@code message}, waiting at most {@link #TIMEOUT} plus {@code wait} for it. */
    static <T> T ask(ActorRef actor, Replyable<T> message, String action) {
        return ask(actor, message, action, Duration.ZERO);
    }

    /** The actor's reply to a message it may hold for {@code wait} (a long poll). */
    @SuppressWarnings("unchecked")
    static <T> T ask(ActorRef actor, Replyable<T> message, String action, Duration wait) {
        Duration bound = TIMEOUT.plus(wait);
        try {
            return (T) Patterns.ask(actor, message, bound).toCompletableFuture()
                    .get(bound.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | CompletionException | TimeoutException e) {
            throw new UnavailableException("the in-process queue did not " + action + " within " + bound, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while the in-process queue was to " + action, e);
        }
    }
}
