package com.photostore.adapters.local.elasticmq;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.Map;

/**
 * The configuration of the queue engine's actor system, written here rather than looked up in an
 * {@code application.conf}: Pekko logs through SLF4J at WARNING and above.
 */
final class QuietPekkoConfig {

    private QuietPekkoConfig() {
    }

    static Config create() {
        Map<String, Object> settings = Map.ofEntries(
                Map.entry("pekko.loggers", List.of(QuietSlf4jLogger.class.getName())),
                Map.entry("pekko.logging-filter", "org.apache.pekko.event.slf4j.Slf4jLoggingFilter"),
                Map.entry("pekko.loglevel", "WARNING"),
                Map.entry("pekko.stdout-loglevel", "WARNING"),
                Map.entry("pekko.logger-startup-timeout", "30s"),
                Map.entry("pekko.log-dead-letters", "off"),
                Map.entry("pekko.log-dead-letters-during-shutdown", "off"),
                Map.entry("pekko.coordinated-shutdown.run-by-jvm-shutdown-hook", "off"));
        return ConfigFactory.parseMap(settings, "photostore in-process ElasticMQ")
                .withFallback(ConfigFactory.defaultReference(QuietPekkoConfig.class.getClassLoader()))
                .resolve();
    }
}
