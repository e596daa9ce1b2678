package com.photostore.adapters.local.elasticmq;

import org.apache.pekko.event.slf4j.Slf4jLogger;
import org.slf4j.Logger;
import org.slf4j.helpers.NOPLogger;

/**
 * Pekko's SLF4J logger without the line it logs about itself at INFO when the actor system starts; the events of the
 * actor system reach SLF4J as before.
 */
public final class QuietSlf4jLogger extends Slf4jLogger {

    /** The logger Pekko's own logger writes its start-up line to: none. */
    @Override
    public Logger log() {
        return NOPLogger.NOP_LOGGER;
    }
}
